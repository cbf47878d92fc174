import type { EvidenceVisibility } from "@/generated/prisma/enums";
import type { EvidenceSnapshot } from "@/lib/evidence/record-evidence-change";

// A change to a published record that waits for a second editor (PendingChange, decisions/0007): what it
// is, what approval applies, and what the reviewer is shown. Corrections have their own table
// (PendingCorrection) because the form continues them; these are proposed once and decided once.

export const PENDING_CHANGE_KINDS = ["action-delete", "batch-undo", "evidence-attach", "evidence-detach", "evidence-visibility"] as const;
export type PendingChangeKind = (typeof PENDING_CHANGE_KINDS)[number];

/** The record a change is about: its editor page, and the scope it needs. */
export type PendingChangeRecordType = "action" | "statement" | "batch";

/** The audit entity of each record type (the editor's audit log links to it). */
export const AUDIT_ENTITY_OF_RECORD = { action: "signature", statement: "statement", batch: "batch" } as const;

type Participant = { id: string; name: string };

/** Per kind, what the payload holds besides the participants whose scope a decision needs. */
type PayloadOf = {
  "action-delete": { baseVersion: number };
  "batch-undo": object;
  "evidence-attach": { document: EvidenceSnapshot };
  "evidence-detach": { documentId: string; document: EvidenceSnapshot };
  "evidence-visibility": { documentId: string; document: EvidenceSnapshot; visibility: EvidenceVisibility };
};

export type PendingChangePayload<Kind extends PendingChangeKind = PendingChangeKind> = PayloadOf[Kind] & { participants: Participant[] };

/** A pending change as stored, its payload read, with the kind telling which payload it is. */
export type PendingChangeData = {
  [Kind in PendingChangeKind]: {
    id: string;
    kind: Kind;
    recordType: PendingChangeRecordType;
    recordId: string;
    payload: PendingChangePayload<Kind>;
    reason: string | null;
    sha256: string | null;
    proposedById: string | null;
    proposedByName: string;
    createdAt: Date;
  };
}[PendingChangeKind];

export const PENDING_CHANGE_SELECT = {
  id: true,
  kind: true,
  recordType: true,
  recordId: true,
  payload: true,
  reason: true,
  sha256: true,
  proposedById: true,
  proposedByName: true,
  createdAt: true,
} as const;

export function readPendingChange(row: {
  id: string;
  kind: string;
  recordType: string;
  recordId: string;
  payload: string;
  reason: string | null;
  sha256: string | null;
  proposedById: string | null;
  proposedByName: string;
  createdAt: Date;
}): PendingChangeData {
  return { ...row, payload: JSON.parse(row.payload) as unknown } as PendingChangeData;
}

/** What a returned change's decision keeps of it (ReviewDecision.change), so the dashboard can name and link it. */
export type ReturnedChange = { kind: PendingChangeKind; recordType: PendingChangeRecordType; recordId: string };

/** Always the same string for the same change target: returned decisions are found again by it. */
export function returnedChangeKey(change: ReturnedChange): string {
  return JSON.stringify({ kind: change.kind, recordType: change.recordType, recordId: change.recordId });
}

/** The editor page of the record a change is about. */
export function editorPathOfRecord(recordType: PendingChangeRecordType, recordId: string): string {
  return recordType === "action"
    ? `/editor/signatures/${recordId}`
    : recordType === "statement"
      ? `/editor/statements/${recordId}`
      : `/editor/import/${recordId}`;
}
