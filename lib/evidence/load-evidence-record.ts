import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import type { PublicationStatus, VerificationLevel } from "@/generated/prisma/enums";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EvidenceRecordType } from "./schema";

/** The action or statement a document belongs to: whose it is (for scope) and whether the public sees it. */
export type EvidenceRecord = {
  type: EvidenceRecordType;
  id: string;
  status: PublicationStatus;
  /** An action's verification level; null for a statement. */
  verification: VerificationLevel | null;
  participant: { id: string; code: string; name: string };
};

const PARTICIPANT = { select: { id: true, code: true, name: true } } as const;

export async function loadEvidenceRecord(db: Database | Transaction, type: EvidenceRecordType, id: string): Promise<EvidenceRecord> {
  const found =
    type === "action"
      ? await db.participantAction.findUnique({
          where: { id },
          select: { id: true, status: true, verification: true, participant: PARTICIPANT },
        })
      : await db.statement.findUnique({ where: { id }, select: { id: true, status: true, participant: PARTICIPANT } });
  if (!found) throw new AppError("not_found", messageKey("validation.evidence.recordGone"));
  return { type, verification: null, ...found };
}

/** Where a document's record is, as the two optional ids of EvidenceDocument. */
export function recordOfDocument(document: { actionId: string | null; statementId: string | null }): {
  type: EvidenceRecordType;
  id: string;
} {
  if (document.actionId) return { type: "action", id: document.actionId };
  if (document.statementId) return { type: "statement", id: document.statementId };
  throw new Error("An evidence document is attached to neither an action nor a statement");
}

/** The `where` that selects a record's documents. */
export function documentsOf(type: EvidenceRecordType, id: string) {
  return type === "action" ? { actionId: id } : { statementId: id };
}
