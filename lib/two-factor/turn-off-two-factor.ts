import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { confirmTwoFactorOwner } from "./confirm-two-factor-owner";

/** An editor turns two-factor sign-in off, confirming with their password. Administrators must keep it. */
export async function turnOffTwoFactor(
  db: Database,
  state: SignInState | null,
  raw: unknown,
  clientAddress: string | null = null,
  now = new Date(),
) {
  if (requireSignedIn(state).user.role === "admin") throw new AppError("forbidden", messageKey("validation.twoFactor.adminsKeep"));
  const user = await confirmTwoFactorOwner(db, state, raw, messageKey("validation.twoFactor.alreadyOff"), clientAddress, now);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null, totpPendingSecret: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordSecurityEvent(tx, {
      type: "two_factor.disabled",
      userId: user.id,
      clientAddress,
      detail: "Two-factor sign-in turned off by its owner",
    });
  });
}
