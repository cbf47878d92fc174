import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { resetPasswordSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/**
 * An administrator gives another account a new temporary password (shown once, to pass on), for someone who
 * forgot theirs; optionally removes their two-factor sign-in too, when they also lost their app and codes.
 * Every session of that account ends.
 */
export async function resetPassword(db: Database, actor: ActingUser | null, raw: unknown, clientAddress: string | null = null) {
  const admin = requireAdmin(actor);
  const parsed = resetPasswordSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (input.id === admin.id) throw new AppError("conflict", messageKey("validation.users.resetOwnPassword"));
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);

  const user = await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, name: true, totpEnabledAt: true } });
    if (!target) throw new AppError("not_found", messageKey("validation.users.accountGone"));
    const removesTwoFactor = input.removeTwoFactor && target.totpEnabledAt !== null;
    await tx.user.update({
      where: { id: target.id },
      data: {
        passwordHash,
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
        ...(removesTwoFactor ? { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null, totpPendingSecret: null } : {}),
      },
    });
    await tx.userSession.deleteMany({ where: { userId: target.id } });
    if (removesTwoFactor) await tx.recoveryCode.deleteMany({ where: { userId: target.id } });
    await writeAuditEntry(tx, {
      actor: admin,
      action: "user.reset_password",
      entityType: "user",
      entityId: target.id,
      after: { name: target.name, temporaryPassword: true, twoFactorRemoved: removesTwoFactor },
      reason: input.reason,
    });
    await recordSecurityEvent(tx, {
      type: "password.reset",
      userId: target.id,
      actorName: admin.name,
      clientAddress,
      detail: `Temporary password set by an administrator${removesTwoFactor ? "; two-factor sign-in removed" : ""}; every session ended`,
    });
    return target;
  });
  return { name: user.name, temporaryPassword };
}
