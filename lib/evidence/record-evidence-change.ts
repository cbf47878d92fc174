import "server-only";
import type { EvidenceFormat, EvidenceKind, EvidenceVisibility } from "@/generated/prisma/enums";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Transaction } from "@/lib/db";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import type { EvidenceRecord } from "./load-evidence-record";

/** The audit actions of evidence changes (public history labels: messages/en/evidence.json, historyAction). */
export type EvidenceAuditAction = "evidence.attach" | "evidence.detach" | "evidence.visibility";

/** What the audit log keeps of a document: never its bytes. */
export type EvidenceSnapshot = {
  sha256: string;
  fileName: string;
  format: EvidenceFormat;
  byteSize: number;
  kind: EvidenceKind;
  visibility: EvidenceVisibility;
};

/**
 * Writes the audit entry of a change to a record's documents, on the record itself (so the editor's audit
 * log links to it). On a published record it is a public change — a document the public could download,
 * or the basis of its verification badge, changed — so the entry is public and the record revision rises.
 */
export async function recordEvidenceChange(
  tx: Transaction,
  change: {
    actor: ActingUser;
    action: EvidenceAuditAction;
    record: EvidenceRecord;
    before?: EvidenceSnapshot;
    after?: EvidenceSnapshot;
    reason?: string | null;
    /** The author of an approved proposal, when the actor is the editor who approved it. */
    proposedByName?: string;
  },
): Promise<void> {
  const isPublic = change.record.status === "published";
  await writeAuditEntry(tx, {
    actor: change.actor,
    action: change.action,
    entityType: change.record.type === "action" ? "signature" : "statement",
    entityId: change.record.id,
    participantId: change.record.participant.id,
    before: change.before,
    after: change.after,
    reason: change.reason,
    proposedByName: change.proposedByName,
    isPublic,
  });
  if (isPublic) await bumpRecordRevision(tx);
}

export function evidenceSnapshot(document: {
  kind: EvidenceKind;
  visibility: EvidenceVisibility;
  file: { sha256: string; fileName: string; format: EvidenceFormat; byteSize: number };
}): EvidenceSnapshot {
  const { sha256, fileName, format, byteSize } = document.file;
  return { sha256, fileName, format, byteSize, kind: document.kind, visibility: document.visibility };
}
