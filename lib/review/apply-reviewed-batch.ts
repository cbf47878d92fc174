import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { rowsChangedSince } from "@/lib/change-batches/apply-import";
import { planRows, type PlannedRow } from "@/lib/change-batches/plan-rows";
import { writePlannedRows } from "@/lib/change-batches/write-planned-rows";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import type { ReadSheet } from "@/lib/imports/sheet-rows";

/**
 * Writes an approved batch: its rows are planned again against the record as it is now and must match
 * what the reviewer was shown (the submitted plan); then they are written as one change, as an import or a
 * ceremony applied directly would be, with the submitter as the rows' author and the reviewer as the actor.
 */
export async function applyReviewedBatch(tx: Transaction, reviewer: ActingUser, batchId: string): Promise<void> {
  const batch = await tx.changeBatch.findUniqueOrThrow({
    where: { id: batchId },
    select: { rows: true, plan: true, reason: true, createdById: true, createdByName: true },
  });
  const plan = await planRows(tx, reviewer, JSON.parse(batch.rows) as ReadSheet);
  const changed = rowsChangedSince(JSON.parse(batch.plan) as PlannedRow[], plan.rows);
  if (changed.length > 0) {
    throw new AppError(
      "conflict",
      messageKey("editor.review.errors.batchChanged", { count: changed.length, rows: changed.slice(0, 20).join(", ") }),
    );
  }
  await writePlannedRows(tx, plan.writes, {
    user: reviewer,
    batchId,
    reason: batch.reason,
    instrumentId: plan.instrumentId,
    proposer: { id: batch.createdById, name: batch.createdByName },
  });
  await tx.changeBatch.update({
    where: { id: batchId },
    data: { status: "applied", appliedById: reviewer.id, appliedByName: reviewer.name, appliedAt: new Date() },
    select: { id: true },
  });
}
