import type { Database } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { claimSignInAttempt, clearAccountFailures, recordSignInFailure, throttleKeys } from "./login-throttle";
import { verifyPassword } from "./password";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/**
 * Confirms a signed-in user's current password before a change to their account. Wrong answers count
 * towards the same back-off as sign-in, so a borrowed session cannot be used to guess the password.
 */
export async function verifyCurrentPassword(
  db: Database,
  user: { id: string; email: string; passwordHash: string },
  password: string,
  clientAddress: string | null,
  now = new Date(),
): Promise<void> {
  const keys = throttleKeys(user.email, clientAddress);
  const claim = await claimSignInAttempt(db, keys, now);
  if (!claim.ok) {
    throw new AppError("rate_limited", messageKey("validation.auth.tooManyPasswords", { seconds: claim.retryAfterSeconds }), {
      currentPassword: messageKey("validation.auth.waitThenRetry", { seconds: claim.retryAfterSeconds }),
    });
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const outcome = await recordSignInFailure(db, keys, now);
    await recordSecurityEvent(db, {
      type: "sign_in.failed",
      userId: user.id,
      clientAddress,
      detail: `Wrong current password on the account page; next attempt checked after ${outcome.account?.backoffSeconds ?? 0} s`,
    });
    throw new AppError("validation", CHECK_THE_FIELDS, { currentPassword: messageKey("validation.auth.wrongCurrentPassword") });
  }
  await clearAccountFailures(db, user.email);
}
