import "server-only";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import { verifyCurrentPassword } from "@/lib/auth/verify-current-password";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { currentPasswordSchema } from "@/lib/users/schema";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { replaceRecoveryCodeRows } from "./replace-recovery-code-rows";

/** Ten new recovery codes in place of the old ones (used up, or possibly seen), confirmed with the password. */
export async function replaceRecoveryCodes(db: Database, state: SignInState | null, raw: unknown, clientAddress: string | null = null, now = new Date()) {
  const { user: actor } = requireSignedIn(state);
  const parsed = currentPasswordSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, passwordHash: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw new AppError("conflict", "Turn on two-factor sign-in first.");
  await verifyCurrentPassword(db, user, parsed.data.currentPassword, clientAddress, now);
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodeRows(tx, user.id);
    await recordSecurityEvent(tx, { type: "two_factor.recovery_codes_created", userId: user.id, clientAddress, detail: "10 new recovery codes; the old ones no longer work" });
    return { recoveryCodes };
  });
}
