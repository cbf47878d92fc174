import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { applyPendingChange } from "./apply-pending-change";
import { applyReviewedBatch } from "./apply-reviewed-batch";
import { applyReviewedCorrection, checkCorrectionStillApplies } from "./apply-reviewed-correction";
import { loadSubjectForDecision } from "./load-review-subject";
import { publishReviewedRecord } from "./publish-reviewed-record";
import { recordReviewDecision } from "./record-review-decision";
import { reviewDecisionSchema } from "./schema";

/**
 * "Approve and publish": makes a submitted action, statement, correction, batch or change public, in one
 * transaction with its audit entries, ledger entries and the decision. Refused to the editor who last
 * changed it (administrators included) and to editors without scope over its participants.
 */
export async function approveReviewItem(db: Database, actor: ActingUser | null, raw: unknown): Promise<{ participantCodes: string[] }> {
  const parsed = reviewDecisionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", messageKey("editor.review.errors.reloadPage"), fieldErrorsOf(parsed.error));
  const { user, subject } = await loadSubjectForDecision(db, actor, parsed.data);
  if (subject.type === "correction") await checkCorrectionStillApplies(db, subject.id);

  await db.$transaction(async (tx) => {
    if (subject.type === "correction") await applyReviewedCorrection(tx, user, subject.id);
    else if (subject.type === "batch") await applyReviewedBatch(tx, user, subject.id);
    else if (subject.type === "change") await applyPendingChange(tx, user, subject.id);
    else await publishReviewedRecord(tx, user, subject);
    await recordReviewDecision(tx, user, subject, { outcome: "approved", comment: null });
  });
  const participants = await db.participant.findMany({
    where: { id: { in: subject.participants.map((participant) => participant.id) } },
    select: { code: true },
  });
  return { participantCodes: participants.map((participant) => participant.code) };
}
