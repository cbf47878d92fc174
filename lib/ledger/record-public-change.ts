import { changedFields, type AuditSnapshot } from "@/lib/audit/changed-fields";
import type { Transaction } from "@/lib/db";
import { RECORDED_FIELDS } from "@/lib/participant-actions/action-fields";
import { appendToLedger } from "./append-to-ledger";
import { LEDGER_ENTITY_OF_AUDIT, ledgerKindOf } from "./ledger-kinds";
import { readPublicRecord } from "./public-record";

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
 * The ledger side of a public audit entry (lib/audit/write-audit-entry.ts): reads the entity as it now
 * stands in this transaction, decides the kind from whether the ledger had it public, and appends. Call it
 * after the change is written. Changes that leave an entity a draft throughout add nothing.
 */
export async function recordPublicChange(tx: Transaction, change: PublicAuditChange): Promise<void> {
  const entityType = LEDGER_ENTITY_OF_AUDIT[change.entityType];
  if (!entityType) return;
  const now = await readPublicRecord(tx, entityType, change.entityId);
  const previous = await tx.ledgerEntry.findFirst({
    where: { entityId: change.entityId },
    orderBy: { sequence: "desc" },
    select: { record: true, participantCode: true },
  });
  const kind = ledgerKindOf({
    wasPublic: previous !== null && previous.record !== null,
    record: now.record as { action?: string } | null,
    stillExists: now.exists,
  });
  if (!kind) return;
  await appendToLedger(
    tx,
    {
      entityType,
      entityId: change.entityId,
      participant: now.participantCode ?? previous?.participantCode ?? null,
      actorName: change.actorName,
      auditAction: change.action,
      reason: change.reason,
      changedFields: changedFields(RECORDED_FIELDS, change.before, change.after),
      record: now.record,
      auditEntryId: change.auditEntryId,
    },
    kind,
  );
}
