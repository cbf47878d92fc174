import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-rules";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import { verifyCurrentPassword } from "@/lib/auth/verify-current-password";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { changePasswordSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/**
 * A signed-in user replaces their password — also the one step allowed while a temporary password is
 * pending. The session version goes up, which ends every other session of the account; this one carries
 * on under the new version.
 */
export async function changePassword(
  db: Database,
  state: SignInState | null,
  raw: unknown,
  clientAddress: string | null,
  now = new Date(),
) {
  const { user: actor, sessionId } = requireSignedIn(state, "change-password");
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const problem = passwordProblem(input.newPassword, user);
  if (problem) throw new AppError("validation", CHECK_THE_FIELDS, { newPassword: problem });
  await verifyCurrentPassword(db, user, input.currentPassword, clientAddress, now);
  const passwordHash = await hashPassword(input.newPassword);

  await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.userSession.update({ where: { id: sessionId }, data: { sessionVersion: updated.sessionVersion } });
    const ended = await tx.userSession.deleteMany({ where: { userId: user.id, id: { not: sessionId } } });
    await recordSecurityEvent(tx, {
      type: "password.changed",
      userId: user.id,
      clientAddress,
      detail: `Password changed by its owner; ${ended.count} other ${ended.count === 1 ? "session" : "sessions"} ended`,
    });
  });
}
