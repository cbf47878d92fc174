import "server-only";
import type { EvidenceKind } from "@/generated/prisma/enums";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { proposeChange } from "@/lib/review/propose-change";
import { mustWaitForReview } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { DEPOSITARY_KINDS, supportsLevel } from "./evidence-kinds";
import { DOCUMENT_SELECT, loadEvidenceDocumentForChange } from "./load-evidence-document";
import { loadEvidenceRecord, recordOfDocument, type EvidenceRecord } from "./load-evidence-record";
import { evidenceSnapshot, recordEvidenceChange } from "./record-evidence-change";
import { removeUnusedEvidenceFiles } from "./remove-unused-evidence-files";
import { detachEvidenceSchema } from "./schema";

const GONE = messageKey("editor.evidence.errors.documentGone");

/**
 * Removes a document from its record, with a reason kept in the history, and deletes the stored file when no
 * other record uses it. Refused when the document is the last signed instrument a "Depositary record" rests on.
 * While review is required, removing a document from a published record is a proposal that waits for
 * another editor (lib/review/propose-change.ts).
 */
export async function detachEvidence(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ record: EvidenceRecord; isPending: boolean }> {
  const user = requireUser(actor);
  const parsed = detachEvidenceSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", messageKey("editor.evidence.errors.notRemoved"), fieldErrorsOf(parsed.error));
  const { documentId, reason } = parsed.data;
  const { document, record: found } = await loadEvidenceDocumentForChange(db, user, documentId);

  return db.$transaction(async (tx) => {
    const record = await loadEvidenceRecord(tx, found.type, found.id);
    await assertMayDetach(tx, record, document);
    if (await mustWaitForReview(tx, record.status === "published")) {
      await proposeChange(tx, user, {
        kind: "evidence-detach",
        recordType: record.type,
        recordId: record.id,
        payload: {
          participants: [{ id: record.participant.id, name: record.participant.name }],
          documentId,
          document: evidenceSnapshot(document),
        },
        reason,
      });
      return { record, isPending: true };
    }
    await applyEvidenceDetach(tx, user, { documentId, reason });
    return { record, isPending: false };
  });
}

/** The last signed instrument a Depositary record rests on stays until the record's level changes. */
async function assertMayDetach(tx: Transaction, record: EvidenceRecord, document: { id: string; kind: EvidenceKind }): Promise<void> {
  if (record.verification !== "depositary" || !supportsLevel(document.kind, "depositary")) return;
  const others = await tx.evidenceDocument.count({
    where: { actionId: record.id, kind: { in: DEPOSITARY_KINDS }, id: { not: document.id } },
  });
  if (others === 0) throw new AppError("conflict", messageKey("editor.evidence.errors.lastSignedInstrument"));
}

/**
 * Removes the document now, in the caller's transaction, with its audit entry. For an approved proposal
 * the actor is the reviewer and the author is named as proposer.
 */
export async function applyEvidenceDetach(
  tx: Transaction,
  actor: ActingUser,
  detaching: { documentId: string; reason: string | null; proposedByName?: string },
): Promise<void> {
  const document = await tx.evidenceDocument.findUnique({ where: { id: detaching.documentId }, select: DOCUMENT_SELECT });
  if (!document) throw new AppError("not_found", GONE);
  const { type, id } = recordOfDocument(document);
  const record = await loadEvidenceRecord(tx, type, id);
  await assertMayDetach(tx, record, document);
  const { count } = await tx.evidenceDocument.deleteMany({ where: { id: document.id } });
  if (count === 0) throw new AppError("not_found", GONE);
  await removeUnusedEvidenceFiles(tx, [document.file.sha256]);
  await recordEvidenceChange(tx, {
    actor,
    action: "evidence.detach",
    record,
    before: evidenceSnapshot(document),
    reason: detaching.reason,
    proposedByName: detaching.proposedByName,
  });
}
