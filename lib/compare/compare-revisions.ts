import "server-only";
import type { Database } from "@/lib/db";
import { getRecordVersion, type RecordVersion } from "@/lib/ledger/get-record-version";
import type { LedgerItem } from "@/lib/ledger/ledger-hash";
import type { LedgerRecord } from "@/lib/ledger/public-record";
import { getRecordAtRevision } from "@/lib/ledger/read-ledger";
import { readLedger } from "@/lib/ledger/read-ledger-entries";
import type { ReplayedRecord } from "@/lib/ledger/replay-ledger";

// Between two versions of the record: what it said then against what it says at the later one — entities
// added, removed and changed field by field — and every ledger entry in between (corrections with their
// reasons, publications, deletions).

export type ComparedEntity = { entityType: "action" | "statement"; entityId: string; participant: string; record: LedgerRecord };
export type FieldChange = { field: string; then: unknown; now: unknown };

export type RevisionsComparison = {
  from: RecordVersion;
  to: RecordVersion;
  added: ComparedEntity[];
  removed: ComparedEntity[];
  changed: (Omit<ComparedEntity, "record"> & { fields: FieldChange[]; record: LedgerRecord })[];
  entries: LedgerItem[];
};

function entitiesOf(record: ReplayedRecord): Map<string, ComparedEntity> {
  return new Map(
    [...record.actions, ...record.statements].map((entity) => [
      `${entity.entityType}:${entity.entityId}`,
      { entityType: entity.entityType, entityId: entity.entityId, participant: entity.record.code, record: entity.record },
    ]),
  );
}

function fieldChanges(then: LedgerRecord, now: LedgerRecord): FieldChange[] {
  const before = then as Record<string, unknown>;
  const after = now as Record<string, unknown>;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, then: before[field] ?? null, now: after[field] ?? null }));
}

/** `from` < `to`, both revisions the ledger holds (checked by the caller with resolveRevision). */
export async function compareRevisions(db: Database, from: number, to: number): Promise<RevisionsComparison> {
  const [versionFrom, versionTo, recordFrom, recordTo, ledger] = await Promise.all([
    getRecordVersion(db, from),
    getRecordVersion(db, to),
    getRecordAtRevision(db, from),
    getRecordAtRevision(db, to),
    readLedger(db, to),
  ]);
  const then = entitiesOf(recordFrom);
  const now = entitiesOf(recordTo);
  const byParticipant = (a: ComparedEntity, b: ComparedEntity) =>
    a.participant.localeCompare(b.participant) || a.entityId.localeCompare(b.entityId);
  return {
    from: versionFrom,
    to: versionTo,
    added: [...now.entries()]
      .filter(([key]) => !then.has(key))
      .map(([, entity]) => entity)
      .sort(byParticipant),
    removed: [...then.entries()]
      .filter(([key]) => !now.has(key))
      .map(([, entity]) => entity)
      .sort(byParticipant),
    changed: [...now.entries()]
      .flatMap(([key, entity]) => {
        const earlier = then.get(key);
        const fields = earlier ? fieldChanges(earlier.record, entity.record) : [];
        return fields.length > 0 ? [{ ...entity, fields }] : [];
      })
      .sort(byParticipant),
    entries: ledger.filter((entry) => entry.revision > from),
  };
}
