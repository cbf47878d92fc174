// What the audit log keeps of a signature before and after a change: the record's own fields, never the
// users behind it (their names are in the entry's actorName).

export const SIGNATURE_SNAPSHOT_SELECT = {
  id: true,
  participantId: true,
  action: true,
  date: true,
  datePrecision: true,
  place: true,
  signerName: true,
  signerTitle: true,
  evidenceUrl: true,
  documentSymbol: true,
  evidenceDescription: true,
  verification: true,
  notes: true,
  status: true,
  version: true,
} as const;

export const SNAPSHOT_FIELD_LABELS: Record<string, string> = {
  participantId: "participant",
  action: "action",
  date: "date",
  datePrecision: "date precision",
  place: "place",
  signerName: "signer name",
  signerTitle: "signer title",
  evidenceUrl: "evidence URL",
  documentSymbol: "document symbol",
  evidenceDescription: "evidence description",
  verification: "verification",
  notes: "notes",
  status: "status",
};

/** Names of the fields whose values differ between two snapshots. */
export function changedSnapshotFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  return Object.keys(SNAPSHOT_FIELD_LABELS).filter(
    (field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null),
  );
}
