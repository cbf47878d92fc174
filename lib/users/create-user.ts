import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { resolveScope, userSnapshot } from "./resolve-scope";
import { createUserSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/**
 * Creates an account (administrators only) with a generated, temporary password: it is returned once, for
 * the administrator to pass on, and must be changed at the first sign-in. Only its hash is stored.
 */
export async function createUser(db: Database, actor: ActingUser | null, raw: unknown) {
  const admin = requireAdmin(actor);
  const parsed = createUserSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", CHECK_THE_FIELDS, { email: messageKey("validation.users.emailTaken") });
  }
  const scope = input.role === "editor" ? await resolveScope(db, input.scope) : [];
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);

  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
        mustChangePassword: true,
        editableParticipants: { connect: scope.map((p) => ({ id: p.id })) },
      },
      select: { id: true, name: true, role: true, isActive: true },
    });
    await writeAuditEntry(tx, {
      actor: admin,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      after: userSnapshot(created, scope),
    });
    return created;
  });
  return { id: user.id, temporaryPassword };
}
