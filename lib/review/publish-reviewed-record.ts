import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { ACTION_SNAPSHOT_SELECT } from "@/lib/participant-actions/action-fields";
import type { ReviewSubject } from "./load-review-subject";

const CHANGED_MEANWHILE = messageKey("editor.review.errors.changedMeanwhile");

/**
 * Publishes a submitted action or statement for its reviewer, from the version the reviewer saw. The audit
 * entry (and so the ledger and the public history) names the reviewer as the actor and the author as its
 * proposer; the author stays the record's last editor.
 */
export async function publishReviewedRecord(tx: Transaction, reviewer: ActingUser, subject: ReviewSubject): Promise<void> {
  const where = { id: subject.id, version: subject.version, status: "submitted" as const };
  const entry = {
    actor: reviewer,
    entityId: subject.id,
    participantId: subject.participants[0]?.id,
    isPublic: true,
    proposedByName: subject.lastChangedBy.name,
  };
  if (subject.type === "action") {
    const before = await tx.participantAction.findUniqueOrThrow({
      where: { id: subject.id },
      select: { ...ACTION_SNAPSHOT_SELECT, publishedAt: true },
    });
    const { count } = await tx.participantAction.updateMany({
      where,
      data: { status: "published", publishedAt: before.publishedAt ?? new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("conflict", CHANGED_MEANWHILE);
    const after = await tx.participantAction.findUniqueOrThrow({ where: { id: subject.id }, select: ACTION_SNAPSHOT_SELECT });
    const { publishedAt: _publishedAt, ...snapshot } = before;
    await writeAuditEntry(tx, { ...entry, action: "signature.publish", entityType: "signature", before: snapshot, after });
    return;
  }
  const { count } = await tx.statement.updateMany({ where, data: { status: "published", version: { increment: 1 } } });
  if (count === 0) throw new AppError("conflict", CHANGED_MEANWHILE);
  const statement = await tx.statement.findUniqueOrThrow({
    where: { id: subject.id },
    select: { id: true, kind: true, text: true, madeOn: true, sourceUrl: true, status: true, commitments: { select: { number: true } } },
  });
  const after = { ...statement, commitments: statement.commitments.map((commitment) => commitment.number) };
  await writeAuditEntry(tx, {
    ...entry,
    action: "statement.publish",
    entityType: "statement",
    before: { ...after, status: "submitted" },
    after,
  });
}
