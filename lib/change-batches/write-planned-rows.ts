import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntries, type AuditInput } from "@/lib/audit/write-audit-entry";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ACTION_SNAPSHOT_SELECT, RECORDED_FIELDS, recordedValuesOf } from "@/lib/participant-actions/action-fields";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import type { RowWrite } from "./plan-rows";

/**
 * Writes a batch's planned rows inside the caller's transaction: each new action and each correction with
 * its own audit entry carrying the batch's id, and the record revision raised once for the whole batch.
 * The same path for an import and a ceremony, applied directly or approved by a reviewer (lib/review/): then
 * `user` is the reviewer and `proposer` the editor who submitted the batch, who stays the rows' author. New actions go
 * in one insert and the audit entries (with their ledger entries) in another; only corrections are written
 * one by one, each against the version the preview read (docs/performance.md, "Imports").
 */
export async function writePlannedRows(
  tx: Transaction,
  writes: RowWrite[],
  context: {
    user: ActingUser;
    batchId: string;
    reason: string | null;
    instrumentId: string;
    proposer?: { id: string | null; name: string };
  },
): Promise<void> {
  if (writes.length === 0) return;
  const { user, batchId, reason, instrumentId, proposer } = context;
  const authorId = proposer ? proposer.id : user.id;
  const now = new Date();
  const entry = { actor: user, entityType: "signature" as const, reason, isPublic: true, batchId, proposedByName: proposer?.name ?? null };

  const created = await tx.participantAction.createManyAndReturn({
    data: writes
      .filter((write) => !write.existing)
      .map(({ input, participant }) => ({
        ...recordedValuesOf(input),
        instrumentId,
        participantId: participant.id,
        publishedAt: now,
        createdById: authorId,
        updatedById: authorId,
      })),
    select: ACTION_SNAPSHOT_SELECT,
  });
  const entries: AuditInput[] = created.map((action) => ({
    ...entry,
    action: action.action === "withdrawal" ? "signature.withdraw" : "signature.create",
    entityId: action.id,
    participantId: action.participantId,
    after: action,
  }));

  for (const { input, participant, existing } of writes) {
    if (!existing) continue;
    const values = recordedValuesOf(input);
    // The version the preview planned from: a change made since then refuses the whole batch.
    const { count } = await tx.participantAction.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...values, version: { increment: 1 }, updatedById: authorId, publishedAt: existing.publishedAt ?? now },
    });
    if (count === 0) {
      throw new AppError("conflict", messageKey("validation.import.changedWhileApplying", { participant: participant.name }));
    }
    const { publishedAt: _publishedAt, ...before } = existing;
    entries.push({
      ...entry,
      action: existing.status !== "published" ? "signature.publish" : "signature.update",
      entityId: existing.id,
      participantId: participant.id,
      before,
      after: { ...before, ...Object.fromEntries(RECORDED_FIELDS.map((field) => [field, values[field]])), version: existing.version + 1 },
    });
  }
  await writeAuditEntries(tx, entries);
  await bumpRecordRevision(tx);
}
