import type { Database } from "@/lib/db";
import { normaliseTotpCode, verifyTotpCode } from "./totp";

/**
 * Checks an authenticator code for a user with two-factor sign-in on, and spends it: the same code (or an
 * older one) is refused afterwards, even by a request racing this one.
 */
export async function acceptTotpCode(db: Database, userId: string, typed: string, now = new Date()): Promise<{ ok: boolean }> {
  const code = normaliseTotpCode(typed);
  if (!code) return { ok: false };
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastTimeStep: true } });
  if (!user?.totpSecret) return { ok: false };
  const timeStep = verifyTotpCode(user.totpSecret, code, user.totpLastTimeStep, now);
  if (timeStep === null) return { ok: false };
  const spent = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: timeStep } }] },
    data: { totpLastTimeStep: timeStep },
  });
  return { ok: spent.count === 1 };
}
