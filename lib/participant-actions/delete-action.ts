import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { removeUnusedEvidenceFiles } from "@/lib/evidence/remove-unused-evidence-files";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { deletionSchema } from "./schema";
import { ACTION_SNAPSHOT_SELECT } from "./action-fields";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/**
 * Removes an action recorded in error. Administrators only, with a reason; the audit entry keeps the
 * whole record, so the deletion itself stays on file. (A state leaving the Code is a withdrawal, not this.)
 */
export async function deleteAction(db: Database, actor: ActingUser | null, raw: unknown): Promise<{ participantCode: string }> {
  const user = requireAdmin(actor);
  const parsed = deletionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const { id, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const existing = await tx.participantAction.findUnique({
      where: { id },
      select: { ...ACTION_SNAPSHOT_SELECT, participant: { select: { code: true } } },
    });
    if (!existing) throw new AppError("not_found", "This signature no longer exists: it may have been deleted already.");
    const { participant, ...before } = existing;
    const evidence = await tx.evidenceDocument.findMany({ where: { actionId: id }, select: { sha256: true } });
    await tx.participantAction.delete({ where: { id } }); // its evidence documents go with it (cascade)
    await removeUnusedEvidenceFiles(
      tx,
      evidence.map((document) => document.sha256),
    );
    await writeAuditEntry(tx, {
      actor: user,
      action: "signature.delete",
      entityType: "signature",
      entityId: id,
      participantId: existing.participantId,
      before,
      reason,
      isPublic: existing.status === "published",
    });
    if (existing.status === "published") await bumpRecordRevision(tx);
    return { participantCode: participant.code };
  });
}
