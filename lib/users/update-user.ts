import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { countOtherActiveAdmins } from "./count-other-active-admins";
import { resolveScope, userSnapshot } from "./resolve-scope";
import { updateUserSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/** Changes an account's role, scope or status (administrators only); its open sessions end. */
export async function updateUser(db: Database, actor: ActingUser | null, raw: unknown) {
  const admin = requireAdmin(actor);
  const parsed = updateUserSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const scope = input.role === "editor" ? await resolveScope(db, input.scope) : [];

  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { id: input.id },
      select: { id: true, name: true, role: true, isActive: true, editableParticipants: { select: { id: true, code: true } } },
    });
    if (!existing) throw new AppError("not_found", messageKey("validation.users.accountGone"));
    const losesAdmin = existing.role === "admin" && existing.isActive && (input.role !== "admin" || !input.isActive);
    if (losesAdmin && (await countOtherActiveAdmins(tx, existing.id)) === 0) {
      throw new AppError("conflict", messageKey("validation.users.lastAdmin"), {
        role: messageKey("validation.users.lastAdminRole"),
      });
    }
    const updated = await tx.user.update({
      where: { id: existing.id },
      data: {
        role: input.role,
        isActive: input.isActive,
        editableParticipants: { set: scope.map((p) => ({ id: p.id })) },
        // Open sessions of this user end at their next request.
        sessionVersion: { increment: 1 },
      },
      select: { id: true, name: true, role: true, isActive: true },
    });
    await writeAuditEntry(tx, {
      actor: admin,
      action: existing.isActive && !input.isActive ? "user.deactivate" : "user.update",
      entityType: "user",
      entityId: existing.id,
      before: userSnapshot(existing, existing.editableParticipants),
      after: userSnapshot(updated, scope),
      reason: input.reason,
    });
  });
}
