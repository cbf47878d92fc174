import "server-only";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import { verifyCurrentPassword } from "@/lib/auth/verify-current-password";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { currentPasswordSchema } from "@/lib/users/schema";
import { fieldErrorsOf } from "@/lib/validation/fields";

/** An editor turns two-factor sign-in off, confirming with their password. Administrators must keep it. */
export async function turnOffTwoFactor(db: Database, state: SignInState | null, raw: unknown, clientAddress: string | null = null, now = new Date()) {
  const { user: actor } = requireSignedIn(state);
  if (actor.role === "admin") throw new AppError("forbidden", "Administrators must keep two-factor sign-in.");
  const parsed = currentPasswordSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, passwordHash: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw new AppError("conflict", "Two-factor sign-in is already off for your account.");
  await verifyCurrentPassword(db, user, parsed.data.currentPassword, clientAddress, now);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null, totpPendingSecret: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordSecurityEvent(tx, { type: "two_factor.disabled", userId: user.id, clientAddress, detail: "Two-factor sign-in turned off by its owner" });
  });
}
