import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireParticipantScope, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadEvidenceRecord, recordOfDocument, type EvidenceRecord } from "./load-evidence-record";

/** What a change to a document reads of it. */
export const DOCUMENT_SELECT = {
  id: true,
  kind: true,
  visibility: true,
  actionId: true,
  statementId: true,
  file: { select: { sha256: true, fileName: true, format: true, byteSize: true } },
} as const;

/** A document an editor is about to change, with its record, once the acting user's scope covers that record. */
export async function loadEvidenceDocumentForChange(db: Database, user: ActingUser, documentId: string) {
  const document = await db.evidenceDocument.findUnique({ where: { id: documentId }, select: DOCUMENT_SELECT });
  if (!document) throw new AppError("not_found", messageKey("validation.evidence.documentGone"));
  const { type, id } = recordOfDocument(document);
  const record: EvidenceRecord = await loadEvidenceRecord(db, type, id);
  requireParticipantScope(user, record.participant.id, record.participant.name);
  return { document, record };
}
