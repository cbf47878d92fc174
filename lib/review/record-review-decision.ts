import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Transaction } from "@/lib/db";
import type { ReviewSubject } from "./load-review-subject";
import { returnedChangeKey } from "./pending-change";

/**
 * Writes the decision beside the change it made. Earlier returns of the same subject are closed: the
 * author's dashboard shows only the latest word on each item.
 */
export async function recordReviewDecision(
  tx: Transaction,
  reviewer: ActingUser,
  subject: ReviewSubject,
  decision: { outcome: "approved" | "returned"; comment: string | null },
): Promise<void> {
  await closeReturnedDecisions(tx, subject.id);
  await tx.reviewDecision.create({
    data: {
      subjectType: subject.type,
      subjectId: subject.id,
      participantId: subject.participants[0]?.id ?? null,
      outcome: decision.outcome,
      comment: decision.comment,
      submitterId: subject.lastChangedBy.id,
      submitterName: subject.lastChangedBy.name,
      reviewerId: reviewer.id,
      reviewerName: reviewer.name,
      isOpen: decision.outcome === "returned",
      change: subject.change ? returnedChangeKey(subject.change) : null,
    },
    select: { id: true },
  });
}

/** A returned item saved again leaves its author's dashboard. */
export async function closeReturnedDecisions(tx: Transaction, subjectId: string): Promise<void> {
  await tx.reviewDecision.updateMany({ where: { subjectId, isOpen: true }, data: { isOpen: false } });
}
