import { changedFields, type AuditSnapshot } from "@/lib/audit/changed-fields";
import { findByIds } from "@/lib/database/find-by-ids";
import type { Transaction } from "@/lib/db";
import { RECORDED_FIELDS } from "@/lib/participant-actions/action-fields";
import { appendManyToLedger, type LedgerChange } from "./append-to-ledger";
import { LEDGER_ENTITY_OF_AUDIT, ledgerKindOf, type LedgerKind } from "./ledger-kinds";
import { readPublicRecords } from "./public-record";

export type PublicAuditChange = {
  auditEntryId: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: AuditSnapshot;
  after: AuditSnapshot;
};

/**
 * The ledger side of public audit entries (lib/audit/write-audit-entry.ts), in the order they were made:
 * reads each entity as it now stands in this transaction, decides the kind from whether the ledger had it
 * public (counting the entries appended before it in the same call), and appends them all. Call it after
 * the changes are written. Changes that leave an entity a draft throughout add nothing.
 */
export async function recordPublicChanges(tx: Transaction, changes: readonly PublicAuditChange[]): Promise<void> {
  const typed = changes.flatMap((change) => {
    const entityType = LEDGER_ENTITY_OF_AUDIT[change.entityType];
    return entityType ? [{ ...change, ledgerType: entityType }] : [];
  });
  if (typed.length === 0) return;
  const entityIds = [...new Set(typed.map((change) => change.entityId))];
  const [now, earlier] = await Promise.all([
    readPublicRecords(
      tx,
      typed.map((change) => ({ entityType: change.ledgerType, entityId: change.entityId })),
    ),
    findByIds(entityIds, (slice) =>
      tx.ledgerEntry.findMany({
        where: { entityId: { in: slice } },
        orderBy: { sequence: "asc" },
        select: { entityId: true, record: true, participantCode: true },
      }),
    ),
  ]);
  // The latest entry of each entity: the ledger's view of it before these changes.
  const previous = new Map(
    earlier.map((entry) => [entry.entityId, { wasPublic: entry.record !== null, participantCode: entry.participantCode }]),
  );

  const appended: { change: LedgerChange; kind: LedgerKind }[] = [];
  for (const change of typed) {
    const current = now.get(`${change.ledgerType}:${change.entityId}`) ?? { exists: false, participantCode: null, record: null };
    const before = previous.get(change.entityId);
    const kind = ledgerKindOf({
      wasPublic: before?.wasPublic ?? false,
      record: current.record as { action?: string } | null,
      stillExists: current.exists,
    });
    if (!kind) continue;
    const participant = current.participantCode ?? before?.participantCode ?? null;
    appended.push({
      change: {
        entityType: change.ledgerType,
        entityId: change.entityId,
        participant,
        actorName: change.actorName,
        auditAction: change.action,
        reason: change.reason,
        changedFields: changedFields(RECORDED_FIELDS, change.before, change.after),
        record: current.record,
        auditEntryId: change.auditEntryId,
      },
      kind,
    });
    previous.set(change.entityId, { wasPublic: current.record !== null, participantCode: participant });
  }
  await appendManyToLedger(tx, appended);
}
