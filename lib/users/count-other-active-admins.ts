import type { Transaction } from "@/lib/db";

export async function countOtherActiveAdmins(tx: Transaction, userId: string) {
  return tx.user.count({ where: { role: "admin", isActive: true, id: { not: userId } } });
}
