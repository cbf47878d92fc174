// The words of the ledger (docs/ledger.md). A ledger entry is one public change to one entity.

/**
 * - publication: an entity enters the public record (a signature or accession, a statement);
 * - withdrawal: a withdrawal action enters the public record;
 * - correction: a public entity is changed and stays public;
 * - unpublication: a public entity is set back to draft;
 * - deletion: a public entity is deleted;
 * - baseline: an entity already public when the ledger began on an existing database (lib/ledger/backfill-ledger.ts).
 */
export const LEDGER_KINDS = ["publication", "withdrawal", "correction", "unpublication", "deletion", "baseline"] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_ENTITY_TYPES = ["action", "statement"] as const;
export type LedgerEntityType = (typeof LEDGER_ENTITY_TYPES)[number];

/** The audit trail's entity types that are part of the public record, and their name in the ledger. */
export const LEDGER_ENTITY_OF_AUDIT: Readonly<Record<string, LedgerEntityType | undefined>> = {
  signature: "action",
  statement: "statement",
};

/** The kind of a change, from whether the entity was public before (in the ledger) and after (in the database). */
export function ledgerKindOf(change: { wasPublic: boolean; record: { action?: string } | null; stillExists: boolean }): LedgerKind | null {
  if (!change.wasPublic) {
    if (!change.record) return null; // a draft's change: not part of the public record
    return change.record.action === "withdrawal" ? "withdrawal" : "publication";
  }
  if (change.record) return "correction";
  return change.stillExists ? "unpublication" : "deletion";
}
