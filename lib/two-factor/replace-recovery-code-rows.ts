import type { Transaction } from "@/lib/db";
import { createRecoveryCodes, hashRecoveryCode } from "./recovery-codes";

/** Replaces a user's recovery codes with ten new ones; returns them in clear, to be shown once. */
export async function replaceRecoveryCodeRows(tx: Transaction, userId: string): Promise<string[]> {
  const codes = createRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  for (const code of codes) await tx.recoveryCode.create({ data: { userId, codeHash: hashRecoveryCode(code) } });
  return codes;
}
