import type { Database, Transaction } from "@/lib/db";

/** Call inside every transaction that changes what the public sees: cached reads keyed on it expire. */
export async function bumpRecordRevision(tx: Transaction): Promise<void> {
  await tx.recordRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
}

export async function readRecordRevision(db: Database): Promise<number> {
  const row = await db.recordRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0;
}
