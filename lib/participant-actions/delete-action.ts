import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { removeUnusedEvidenceFiles } from "@/lib/evidence/remove-unused-evidence-files";
import { messageKey } from "@/lib/i18n/message-key";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { proposeChange } from "@/lib/review/propose-change";
import { mustWaitForReview } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";
import { ACTION_SNAPSHOT_SELECT } from "./action-fields";
import { deletionSchema } from "./schema";

const GONE = messageKey("editor.review.errors.signatureGone");

/**
 * Removes an action recorded in error. Administrators only, with a reason; the audit entry keeps the
 * whole record, so the deletion itself stays on file. (A state leaving the Code is a withdrawal, not this.)
 * While review is required, deleting a published action is a proposal that waits for another editor
 * (lib/review/propose-change.ts); a draft or submitted action is not public and goes at once.
 */
export async function deleteAction(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ participantCode: string; isPending: boolean }> {
  const user = requireAdmin(actor);
  const parsed = deletionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const { id, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const existing = await tx.participantAction.findUnique({
      where: { id },
      select: { status: true, version: true, participant: { select: { id: true, code: true, name: true } } },
    });
    if (!existing) throw new AppError("not_found", GONE);
    const { participant } = existing;
    if (await mustWaitForReview(tx, existing.status === "published")) {
      await proposeChange(tx, user, {
        kind: "action-delete",
        recordType: "action",
        recordId: id,
        payload: { participants: [{ id: participant.id, name: participant.name }], baseVersion: existing.version },
        reason,
      });
      return { participantCode: participant.code, isPending: true };
    }
    await applyActionDeletion(tx, user, { id, reason });
    return { participantCode: participant.code, isPending: false };
  });
}

/**
 * Deletes the action and its evidence documents (their files too, when nothing else uses them), with the
 * audit entry; a published action's deletion is public and raises the record revision. For an approved
 * proposal the actor is the reviewer, the author is named as proposer, and the action must still be the
 * version the proposal was made from.
 */
export async function applyActionDeletion(
  tx: Transaction,
  actor: ActingUser,
  deletion: { id: string; reason: string; baseVersion?: number; proposedByName?: string },
): Promise<void> {
  const { id, reason } = deletion;
  const existing = await tx.participantAction.findUnique({ where: { id }, select: ACTION_SNAPSHOT_SELECT });
  if (!existing) throw new AppError("not_found", GONE);
  if (deletion.baseVersion !== undefined && existing.version !== deletion.baseVersion) {
    throw new AppError("conflict", messageKey("editor.review.errors.changedSinceProposed"));
  }
  const evidence = await tx.evidenceDocument.findMany({ where: { actionId: id }, select: { sha256: true } });
  await tx.participantAction.delete({ where: { id } }); // its evidence documents go with it (cascade)
  await removeUnusedEvidenceFiles(
    tx,
    evidence.map((document) => document.sha256),
  );
  const isPublic = existing.status === "published";
  await writeAuditEntry(tx, {
    actor,
    action: "signature.delete",
    entityType: "signature",
    entityId: id,
    participantId: existing.participantId,
    before: existing,
    reason,
    proposedByName: deletion.proposedByName,
    isPublic,
  });
  if (isPublic) await bumpRecordRevision(tx);
}
