import type { ActingUser } from "@/lib/auth/acting-user";
import type { Transaction } from "@/lib/db";
import { recordPublicChange } from "@/lib/ledger/record-public-change";

export type AuditInput = {
  /** A signed-in user, or a step of the system itself (no id: its name is what the history shows). */
  actor: Pick<ActingUser, "name"> & { id: string | null };
  action: string;
  entityType: "signature" | "statement" | "user";
  entityId: string;
  participantId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
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
  const before = input.before === undefined ? null : JSON.stringify(input.before);
  const after = input.after === undefined ? null : JSON.stringify(input.after);
  const entry = await tx.auditEntry.create({
    data: {
      actorId: input.actor.id,
      actorName: input.actor.name,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      participantId: input.participantId ?? null,
      before,
      after,
      reason: input.reason ?? null,
      isPublic: input.isPublic ?? false,
      batchId: input.batchId ?? null,
    },
    select: { id: true, actorName: true, reason: true },
  });
  if (input.isPublic) {
    await recordPublicChange(tx, {
      auditEntryId: entry.id,
      actorName: entry.actorName,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      reason: entry.reason,
      before,
      after,
    });
  }
}
