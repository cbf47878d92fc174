import type { ActingUser } from "@/lib/auth/acting-user";
import type { Transaction } from "@/lib/db";

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
  /** Shown in the participant's public history: true for changes that touch published records. */
  isPublic?: boolean;
  /** The batch (import, ceremony, undo) this change is part of, so the batch can be reviewed or undone whole. */
  batchId?: string | null;
};

/** Records a change. Call it inside the transaction that makes the change, so neither exists without the other. */
export async function writeAuditEntry(tx: Transaction, input: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: input.actor.id,
      actorName: input.actor.name,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      participantId: input.participantId ?? null,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
      reason: input.reason ?? null,
      isPublic: input.isPublic ?? false,
      batchId: input.batchId ?? null,
    },
  });
}
