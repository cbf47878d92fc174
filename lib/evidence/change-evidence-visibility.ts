import "server-only";
import type { EvidenceVisibility } from "@/generated/prisma/enums";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { proposeChange } from "@/lib/review/propose-change";
import { mustWaitForReview } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { DOCUMENT_SELECT, loadEvidenceDocumentForChange } from "./load-evidence-document";
import { loadEvidenceRecord, recordOfDocument, type EvidenceRecord } from "./load-evidence-record";
import { evidenceSnapshot, recordEvidenceChange } from "./record-evidence-change";
import { evidenceVisibilitySchema, PUBLIC_CHANGE_NEEDS_REASON } from "./schema";

const NOT_CHANGED = messageKey("editor.evidence.errors.visibilityNotChanged");

/**
 * Makes a document public or restricted. On a published record this changes what the public may download,
 * so it needs a reason, shown in the public history. (A copy downloaded while it was public stays out there.)
 * While review is required, that change is a proposal that waits for another editor
 * (lib/review/propose-change.ts).
 */
export async function changeEvidenceVisibility(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ record: EvidenceRecord; isPending: boolean }> {
  const user = requireUser(actor);
  const parsed = evidenceVisibilitySchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", NOT_CHANGED, fieldErrorsOf(parsed.error));
  const { documentId, visibility, reason } = parsed.data;
  const { document, record: found } = await loadEvidenceDocumentForChange(db, user, documentId);
  if (found.status === "published" && !reason) throw new AppError("validation", NOT_CHANGED, { reason: PUBLIC_CHANGE_NEEDS_REASON });
  if (document.visibility === visibility) return { record: found, isPending: false };

  return db.$transaction(async (tx) => {
    const record = await loadEvidenceRecord(tx, found.type, found.id);
    if (await mustWaitForReview(tx, record.status === "published")) {
      await proposeChange(tx, user, {
        kind: "evidence-visibility",
        recordType: record.type,
        recordId: record.id,
        payload: {
          participants: [{ id: record.participant.id, name: record.participant.name }],
          documentId,
          document: evidenceSnapshot(document),
          visibility,
        },
        reason: reason ?? null,
      });
      return { record, isPending: true };
    }
    await applyEvidenceVisibility(tx, user, { documentId, from: document.visibility, visibility, reason: reason ?? null });
    return { record, isPending: false };
  });
}

/**
 * Changes the visibility now, from the one the change was made from, with its audit entry. For an approved
 * proposal the actor is the reviewer and the author is named as proposer.
 */
export async function applyEvidenceVisibility(
  tx: Transaction,
  actor: ActingUser,
  change: { documentId: string; from: EvidenceVisibility; visibility: EvidenceVisibility; reason: string | null; proposedByName?: string },
): Promise<void> {
  const document = await tx.evidenceDocument.findUnique({ where: { id: change.documentId }, select: DOCUMENT_SELECT });
  if (!document) throw new AppError("not_found", messageKey("editor.evidence.errors.documentGone"));
  const { count } = await tx.evidenceDocument.updateMany({
    where: { id: document.id, visibility: change.from },
    data: { visibility: change.visibility },
  });
  if (count === 0) throw new AppError("conflict", messageKey("editor.evidence.errors.changedMeanwhile"));
  const { type, id } = recordOfDocument(document);
  await recordEvidenceChange(tx, {
    actor,
    action: "evidence.visibility",
    record: await loadEvidenceRecord(tx, type, id),
    before: evidenceSnapshot(document),
    after: evidenceSnapshot({ ...document, visibility: change.visibility }),
    reason: change.reason,
    proposedByName: change.proposedByName,
  });
}
