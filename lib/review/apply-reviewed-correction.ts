import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { assertVerificationSupported } from "@/lib/evidence/assert-verification-supported";
import { ACTION_SNAPSHOT_SELECT } from "@/lib/participant-actions/action-fields";
import { assertOneActiveAction } from "@/lib/participant-actions/assert-one-active-action";
import { readProposedCorrection } from "./proposed-correction";

/** The correction and the action it corrects, read before the transaction (for the one-active-record check). */
export async function checkCorrectionStillApplies(db: Database, correctionId: string): Promise<void> {
  const correction = await db.pendingCorrection.findUniqueOrThrow({
    where: { id: correctionId },
    select: { proposed: true, action: { select: { id: true, instrumentId: true, participantId: true, action: true } } },
  });
  const proposed = readProposedCorrection(correction.proposed);
  const { action } = correction;
  if (proposed.participantId !== action.participantId || proposed.action !== action.action) {
    const participant = await db.participant.findUniqueOrThrow({ where: { id: proposed.participantId }, select: { id: true, name: true } });
    await assertOneActiveAction(db, action.instrumentId, participant, proposed.action, action.id);
  }
}

/**
 * Applies an approved correction to the published action it was made from, and removes it. If the action
 * changed since the correction was proposed, nothing is written: the reviewer returns it instead. The
 * audit entry names the reviewer as actor and the author as proposer, with the author's reason, so the
 * public history and the ledger record the correction as if it had been made directly.
 */
export async function applyReviewedCorrection(tx: Transaction, reviewer: ActingUser, correctionId: string): Promise<void> {
  const correction = await tx.pendingCorrection.findUniqueOrThrow({
    where: { id: correctionId },
    select: { actionId: true, proposed: true, baseVersion: true, reason: true, proposedById: true, proposedByName: true },
  });
  const before = await tx.participantAction.findUniqueOrThrow({ where: { id: correction.actionId }, select: ACTION_SNAPSHOT_SELECT });
  const proposed = readProposedCorrection(correction.proposed);
  await assertVerificationSupported(tx, correction.actionId, proposed.verification);
  const { count } = await tx.participantAction.updateMany({
    where: { id: correction.actionId, version: correction.baseVersion, status: "published" },
    data: { ...proposed, version: { increment: 1 }, updatedById: correction.proposedById },
  });
  if (count === 0) {
    throw new AppError("conflict", messageKey("editor.review.errors.correctionOutdated"));
  }
  await tx.pendingCorrection.delete({ where: { id: correctionId } });
  const after = await tx.participantAction.findUniqueOrThrow({ where: { id: correction.actionId }, select: ACTION_SNAPSHOT_SELECT });
  await writeAuditEntry(tx, {
    actor: reviewer,
    action: "signature.update",
    entityType: "signature",
    entityId: correction.actionId,
    participantId: after.participantId,
    before,
    after,
    reason: correction.reason,
    proposedByName: correction.proposedByName,
    isPublic: true,
  });
}
