import type { LedgerPayload } from "./ledger-hash";
import type { LedgerEntityType } from "./ledger-kinds";
import type { ActionRecord, StatementRecord } from "./public-record";

// Replaying the ledger: apply each entry's record in order; an entry with no record takes its entity out.
// What is left is the public record at the last revision replayed. Pure, so the verifier, the pages and
// the tests all rebuild the record the same way.

export type ReplayedEntity =
  | { entityType: "action"; entityId: string; record: ActionRecord; sequence: number }
  | { entityType: "statement"; entityId: string; record: StatementRecord; sequence: number };

export type ReplayedRecord = {
  /** The last revision applied (0 when nothing was). */
  revision: number;
  /** The last entry applied: its hash is the ledger head at that revision. */
  head: { sequence: number; hash: string; recordedAt: string } | null;
  actions: Extract<ReplayedEntity, { entityType: "action" }>[];
  statements: Extract<ReplayedEntity, { entityType: "statement" }>[];
};

type Replayable = Pick<LedgerPayload, "sequence" | "revision" | "recordedAt" | "entityType" | "entityId" | "record"> & { hash: string };

/** The public record after every entry of revision `upTo` or earlier (all of them when omitted); entries in sequence order. */
export function replayLedger(entries: readonly Replayable[], upTo = Number.POSITIVE_INFINITY): ReplayedRecord {
  const entities = new Map<string, { entityType: LedgerEntityType; record: unknown; sequence: number }>();
  let revision = 0;
  let head: ReplayedRecord["head"] = null;
  for (const entry of entries) {
    if (entry.revision > upTo) break;
    const key = `${entry.entityType}:${entry.entityId}`;
    if (entry.record === null) entities.delete(key);
    else entities.set(key, { entityType: entry.entityType, record: entry.record, sequence: entry.sequence });
    revision = entry.revision;
    head = { sequence: entry.sequence, hash: entry.hash, recordedAt: entry.recordedAt };
  }
  const replayed: ReplayedRecord = { revision, head, actions: [], statements: [] };
  for (const [key, entity] of entities) {
    const entityId = key.slice(key.indexOf(":") + 1);
    if (entity.entityType === "action") {
      replayed.actions.push({ entityType: "action", entityId, record: entity.record as ActionRecord, sequence: entity.sequence });
    } else {
      replayed.statements.push({ entityType: "statement", entityId, record: entity.record as StatementRecord, sequence: entity.sequence });
    }
  }
  return replayed;
}
