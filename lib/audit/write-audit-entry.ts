import { randomUUID } from "node:crypto";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Transaction } from "@/lib/db";
import { recordPublicChanges } from "@/lib/ledger/record-public-change";

export type AuditInput = {
  /** A signed-in user, or a step of the system itself (no id: its name is what the history shows). */
  actor: Pick<ActingUser, "name"> & { id: string | null };
  action: string;
  entityType: "signature" | "statement" | "user" | "participant" | "instrument" | "batch";
  entityId: string;
  participantId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** Who proposed a reviewed change, when the actor is the editor who approved it (shown in the public history). */
  proposedByName?: string | null;
  /**
   * A change that touches the public record: shown in the participant's public history, and appended to
   * the tamper-evident ledger (lib/ledger/) with the record revision this transaction produces.
   */
  isPublic?: boolean;
  /** The batch (import, ceremony, undo) this change is part of, so the batch can be reviewed or undone whole. */
  batchId?: string | null;
};

/**
 * Records a change. Call it inside the transaction that makes the change, after the change is written, so
 * neither exists without the other and the ledger sees the entity as it now stands.
 */
export async function writeAuditEntry(tx: Transaction, input: AuditInput): Promise<void> {
  await writeAuditEntries(tx, [input]);
}

/**
 * Records many changes made in one transaction, in order: one insert for the audit entries and one for
 * their ledger entries (a 1,000-row import would otherwise spend seconds in round trips). The one path
 * every audit entry is written through.
 */
export async function writeAuditEntries(tx: Transaction, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map((input) => ({
    // Made here rather than by the database, so the ledger entries can name them without reading them back.
    id: randomUUID(),
    actorId: input.actor.id,
    actorName: input.actor.name,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    participantId: input.participantId ?? null,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
    reason: input.reason ?? null,
    proposedByName: input.proposedByName ?? null,
    isPublic: input.isPublic ?? false,
    batchId: input.batchId ?? null,
  }));
  await tx.auditEntry.createMany({ data: rows });
  await recordPublicChanges(
    tx,
    rows
      .filter((row) => row.isPublic)
      .map((row) => ({
        auditEntryId: row.id,
        actorName: row.actorName,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        reason: row.reason,
        before: row.before,
        after: row.after,
      })),
  );
}
