import "server-only";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import { verifyCurrentPassword } from "@/lib/auth/verify-current-password";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentPasswordSchema } from "@/lib/users/schema";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/**
 * Before a change to a user's own two-factor sign-in: fully signed in, two-factor sign-in on (else
 * `whenOff` as a conflict), and the current password typed again (under the sign-in back-off).
 */
export async function confirmTwoFactorOwner(
  db: Database,
  state: SignInState | null,
  raw: unknown,
  whenOff: string,
  clientAddress: string | null,
  now: Date,
) {
  const { user: actor } = requireSignedIn(state);
  const parsed = currentPasswordSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, passwordHash: true, totpEnabledAt: true },
  });
  if (!user.totpEnabledAt) throw new AppError("conflict", whenOff);
  await verifyCurrentPassword(db, user, parsed.data.currentPassword, clientAddress, now);
  return actor;
}
