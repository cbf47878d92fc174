import type { Database } from "@/lib/db";
import { hashRecoveryCode, normaliseRecoveryCode } from "./recovery-codes";

/** Spends one of a user's recovery codes: each works once. Also says how many are left. */
export async function redeemRecoveryCode(
  db: Database,
  userId: string,
  typed: string,
  now = new Date(),
): Promise<{ ok: boolean; remaining: number }> {
  const code = normaliseRecoveryCode(typed);
  const spent = code
    ? await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } })
    : { count: 0 };
  const remaining = await db.recoveryCode.count({ where: { userId, usedAt: null } });
  return { ok: spent.count === 1, remaining };
}
