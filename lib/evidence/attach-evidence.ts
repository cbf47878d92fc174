import "server-only";
import type { EvidenceKind, EvidenceVisibility } from "@/generated/prisma/enums";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { proposeChange } from "@/lib/review/propose-change";
import { mustWaitForReview } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { inspectEvidenceFile, type InspectedEvidenceFile } from "./inspect-evidence-file";
import { documentsOf, loadEvidenceRecord, type EvidenceRecord } from "./load-evidence-record";
import { evidenceSnapshot, recordEvidenceChange } from "./record-evidence-change";
import { attachEvidenceSchema } from "./schema";

export type AttachedEvidence = {
  record: EvidenceRecord;
  sha256: string;
  fileName: string;
  wasStoredBefore: boolean;
  /** Proposed, not attached: the record is published and a second editor must approve the document. */
  isPending: boolean;
};

const NOT_ATTACHED = messageKey("editor.evidence.upload.notAttached");

/**
 * Attaches an evidence document (PDF, PNG or JPEG) to an action or a statement. Authorizes from the acting
 * user and the record's participant before reading the file; judges the file from its bytes and strips an
 * image's metadata; then, in one transaction, stores the file once under its SHA-256 (a file already stored
 * is reused), attaches it, and writes the audit entry — public, with a record revision, when the record is.
 * While review is required, a document for a published record is stored but only proposed: nobody outside
 * the editors sees it until another editor approves (lib/review/propose-change.ts).
 */
export async function attachEvidence(db: Database, actor: ActingUser | null, raw: unknown): Promise<AttachedEvidence> {
  const user = requireUser(actor);
  const parsed = attachEvidenceSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", NOT_ATTACHED, fieldErrorsOf(parsed.error));
  const { recordType, recordId, kind, visibility, document } = parsed.data;
  const found = await loadEvidenceRecord(db, recordType, recordId);
  requireParticipantScope(user, found.participant.id, found.participant.name);
  const file = await inspectEvidenceFile(new Uint8Array(await document.arrayBuffer()), document.name);

  return db.$transaction(async (tx) => {
    const record = await loadEvidenceRecord(tx, recordType, recordId);
    const stored = await storeEvidenceFile(tx, user, file);
    const isPending = await mustWaitForReview(tx, record.status === "published");
    if (isPending) {
      await assertNotAttached(tx, record, file.sha256);
      const snapshot = evidenceSnapshot({ kind, visibility, file: stored.file });
      await proposeChange(tx, user, {
        kind: "evidence-attach",
        recordType,
        recordId,
        payload: { participants: [{ id: record.participant.id, name: record.participant.name }], document: snapshot },
        reason: null,
        sha256: file.sha256,
      });
    } else {
      await attachStoredEvidence(tx, user, { record, sha256: file.sha256, kind, visibility });
    }
    return { record, sha256: file.sha256, fileName: stored.file.fileName, wasStoredBefore: stored.wasStoredBefore, isPending };
  });
}

/** Stores the file under its SHA-256 unless it is stored already (then the first upload's name is kept). */
async function storeEvidenceFile(tx: Transaction, user: ActingUser, file: InspectedEvidenceFile) {
  const select = { sha256: true, fileName: true, format: true, byteSize: true } as const;
  const existing = await tx.evidenceFile.findUnique({ where: { sha256: file.sha256 }, select });
  if (existing) return { file: existing, wasStoredBefore: true };
  const created = await tx.evidenceFile.create({
    data: {
      sha256: file.sha256,
      format: file.format,
      byteSize: file.byteSize,
      fileName: file.fileName,
      uploadedById: user.id,
      content: { create: { bytes: file.bytes } },
    },
    select,
  });
  return { file: created, wasStoredBefore: false };
}

async function assertNotAttached(tx: Transaction, record: EvidenceRecord, sha256: string): Promise<void> {
  const alreadyAttached = await tx.evidenceDocument.findFirst({ where: { sha256, ...documentsOf(record.type, record.id) } });
  if (alreadyAttached) {
    throw new AppError("conflict", NOT_ATTACHED, { document: messageKey("editor.evidence.errors.alreadyAttached") });
  }
}

/**
 * Attaches a stored file to the record, with its audit entry. For an approved proposal the actor is the
 * reviewer, the author is named as proposer and stays the one who attached it.
 */
export async function attachStoredEvidence(
  tx: Transaction,
  actor: ActingUser,
  attaching: {
    record: EvidenceRecord;
    sha256: string;
    kind: EvidenceKind;
    visibility: EvidenceVisibility;
    proposer?: { id: string | null; name: string };
  },
): Promise<void> {
  const { record, sha256, kind, visibility, proposer } = attaching;
  await assertNotAttached(tx, record, sha256);
  const attached = await tx.evidenceDocument.create({
    data: { sha256, ...documentsOf(record.type, record.id), kind, visibility, attachedById: proposer ? proposer.id : actor.id },
    select: { kind: true, visibility: true, file: { select: { sha256: true, fileName: true, format: true, byteSize: true } } },
  });
  await recordEvidenceChange(tx, {
    actor,
    action: "evidence.attach",
    record,
    after: evidenceSnapshot(attached),
    proposedByName: proposer?.name,
  });
}
