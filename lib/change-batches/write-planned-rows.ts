import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ACTION_SNAPSHOT_SELECT, RECORDED_FIELDS, recordedValuesOf } from "@/lib/participant-actions/action-fields";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import type { RowWrite } from "./plan-rows";

/**
 * Writes a batch's planned rows inside the caller's transaction: each new action and each correction with
 * its own audit entry carrying the batch's id, and the record revision raised once for the whole batch.
 * The same path for an import and a ceremony, and for a review's approval when that comes.
 */
export async function writePlannedRows(
  tx: Transaction,
  writes: RowWrite[],
  context: { user: ActingUser; batchId: string; reason: string | null; instrumentId: string },
): Promise<void> {
  const { user, batchId, reason, instrumentId } = context;
  const now = new Date();
  for (const { input, participant, existing } of writes) {
    const values = recordedValuesOf(input);
    if (!existing) {
      const created = await tx.participantAction.create({
        data: { ...values, instrumentId, participantId: participant.id, publishedAt: now, createdById: user.id, updatedById: user.id },
        select: ACTION_SNAPSHOT_SELECT,
      });
      await writeAuditEntry(tx, {
        actor: user,
        action: input.action === "withdrawal" ? "signature.withdraw" : "signature.create",
        entityType: "signature",
        entityId: created.id,
        participantId: participant.id,
        after: created,
        reason,
        isPublic: true,
        batchId,
      });
      continue;
    }
    // The version the preview planned from: a change made since then refuses the whole batch.
    const { count } = await tx.participantAction.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...values, version: { increment: 1 }, updatedById: user.id, publishedAt: existing.publishedAt ?? now },
    });
    if (count === 0)
      throw new AppError(
        "conflict",
        `${participant.name} was changed while the batch was being applied. Nothing was written: preview again.`,
      );
    const { publishedAt: _publishedAt, ...before } = existing;
    const after = {
      ...before,
      ...Object.fromEntries(RECORDED_FIELDS.map((field) => [field, values[field]])),
      version: existing.version + 1,
    };
    await writeAuditEntry(tx, {
      actor: user,
      action: existing.status === "draft" ? "signature.publish" : "signature.update",
      entityType: "signature",
      entityId: existing.id,
      participantId: participant.id,
      before,
      after,
      reason,
      isPublic: true,
      batchId,
    });
  }
  if (writes.length > 0) await bumpRecordRevision(tx);
}
