import "server-only";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { inspectEvidenceFile } from "./inspect-evidence-file";
import { documentsOf, loadEvidenceRecord, type EvidenceRecord } from "./load-evidence-record";
import { evidenceSnapshot, recordEvidenceChange } from "./record-evidence-change";
import { attachEvidenceSchema } from "./schema";

export type AttachedEvidence = { record: EvidenceRecord; sha256: string; fileName: string; wasStoredBefore: boolean };

const NOT_ATTACHED = "The document was not attached: nothing was stored.";

/**
 * Attaches an evidence document (PDF, PNG or JPEG) to an action or a statement. Authorizes from the acting
 * user and the record's participant before reading the file; judges the file from its bytes and strips an
 * image's metadata; then, in one transaction, stores the file once under its SHA-256 (a file already stored
 * is reused), attaches it, and writes the audit entry — public, with a record revision, when the record is.
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
    const stored = await tx.evidenceFile.findUnique({ where: { sha256: file.sha256 }, select: { sha256: true } });
    if (!stored) {
      await tx.evidenceFile.create({
        data: {
          sha256: file.sha256,
          format: file.format,
          byteSize: file.byteSize,
          fileName: file.fileName,
          uploadedById: user.id,
          content: { create: { bytes: file.bytes } },
        },
      });
    }
    const alreadyAttached = await tx.evidenceDocument.findFirst({ where: { sha256: file.sha256, ...documentsOf(recordType, recordId) } });
    if (alreadyAttached) {
      throw new AppError("conflict", NOT_ATTACHED, {
        document: "This document is already attached to this record (the same file, by its SHA-256).",
      });
    }
    const attached = await tx.evidenceDocument.create({
      data: { sha256: file.sha256, ...documentsOf(recordType, recordId), kind, visibility, attachedById: user.id },
      select: { kind: true, visibility: true, file: { select: { sha256: true, fileName: true, format: true, byteSize: true } } },
    });
    await recordEvidenceChange(tx, { actor: user, action: "evidence.attach", record, after: evidenceSnapshot(attached) });
    return { record, sha256: file.sha256, fileName: attached.file.fileName, wasStoredBefore: Boolean(stored) };
  });
}
