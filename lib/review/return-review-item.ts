import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { CHECK_THE_FIELD } from "@/lib/validation/messages";
import { discardPendingChange } from "./apply-pending-change";
import { CHANGED_SINCE_SHOWN, loadSubjectForDecision, type ReviewSubject } from "./load-review-subject";
import { AUDIT_ENTITY_OF_RECORD } from "./pending-change";
import { recordReviewDecision } from "./record-review-decision";
import { returnDecisionSchema } from "./schema";

/** The audit entry of a return, by subject: its entity and the name of its action. */
const RETURN_AUDIT = {
  action: { entityType: "signature", action: "signature.return" },
  correction: { entityType: "signature", action: "signature.correction-return" },
  statement: { entityType: "statement", action: "statement.return" },
  batch: { entityType: "batch", action: "batch.return" },
} as const;

/** What a return is logged on: the subject, or for a change, the record it would have changed. */
function returnAuditOf(subject: ReviewSubject) {
  if (subject.change) {
    const { recordType, recordId, kind } = subject.change;
    return { entityType: AUDIT_ENTITY_OF_RECORD[recordType], action: `${kind}.return`, entityId: recordId };
  }
  return { ...RETURN_AUDIT[subject.type as Exclude<ReviewSubject["type"], "change">], entityId: subject.id };
}

/**
 * Sends the subject back to its author, unchanged and not public: a record or correction becomes a draft
 * again; a pending change is discarded.
 */
async function sendBack(tx: Transaction, subject: ReviewSubject): Promise<number> {
  const where = { id: subject.id, version: subject.version };
  const data = { version: { increment: 1 } };
  if (subject.type === "action")
    return (await tx.participantAction.updateMany({ where: { ...where, status: "submitted" }, data: { ...data, status: "draft" } })).count;
  if (subject.type === "statement")
    return (await tx.statement.updateMany({ where: { ...where, status: "submitted" }, data: { ...data, status: "draft" } })).count;
  if (subject.type === "change") return discardPendingChange(tx, subject.id);
  if (subject.type === "correction")
    return (await tx.pendingCorrection.updateMany({ where: { ...where, isSubmitted: true }, data: { ...data, isSubmitted: false } })).count;
  return (await tx.changeBatch.updateMany({ where: { id: subject.id, status: "submitted" }, data: { status: "returned" } })).count;
}

/**
 * "Return with comment": nothing becomes public; the author sees the comment on their dashboard. The same
 * people may return as may approve. The comment is required.
 */
export async function returnReviewItem(db: Database, actor: ActingUser | null, raw: unknown): Promise<void> {
  const parsed = returnDecisionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELD, fieldErrorsOf(parsed.error));
  const { user, subject } = await loadSubjectForDecision(db, actor, parsed.data);
  const { comment } = parsed.data;

  await db.$transaction(async (tx) => {
    if ((await sendBack(tx, subject)) === 0) {
      throw new AppError("conflict", CHANGED_SINCE_SHOWN);
    }
    await writeAuditEntry(tx, {
      actor: user,
      ...returnAuditOf(subject),
      participantId: subject.participants[0]?.id,
      reason: comment,
      proposedByName: subject.lastChangedBy.name,
    });
    await recordReviewDecision(tx, user, subject, { outcome: "returned", comment });
  });
}
