import "server-only";
import type { Database } from "@/lib/db";
import { recordedFormValues, type RecordedField } from "@/lib/participant-actions/action-fields";
import type { getActionForEditing } from "@/lib/participant-actions/get-action-for-editing";
import { readProposedCorrection } from "./proposed-correction";
import { getReviewSetting, statusChoicesOf } from "./review-setting";

type EditedAction = Awaited<ReturnType<typeof getActionForEditing>>;

/**
 * What the correction form starts from. While review is required, a published record's form continues its
 * pending correction if there is one (the public still sees the published row) and offers Draft or
 * Submitted for review; the notice says whose correction it is.
 */
export async function loadCorrectionForm(db: Database, action: EditedAction) {
  const { requiresReview } = await getReviewSetting(db);
  const statusChoices = statusChoicesOf(requiresReview);
  const pending = requiresReview ? action.pendingCorrection : null;
  if (!pending) {
    const status = requiresReview && action.status === "published" ? "submitted" : action.status;
    return { statusChoices, participant: action.participant, values: { ...recordedFormValues(action), status }, reason: "", pending: null };
  }
  const proposed = readProposedCorrection(pending.proposed);
  const participant =
    proposed.participantId === action.participant.id
      ? action.participant
      : await db.participant.findUniqueOrThrow({
          where: { id: proposed.participantId },
          select: { id: true, code: true, name: true, iso3: true },
        });
  const values: Record<RecordedField, string> = { ...recordedFormValues(proposed), status: pending.isSubmitted ? "submitted" : "draft" };
  return {
    statusChoices,
    participant,
    values,
    reason: pending.reason,
    pending: { proposedByName: pending.proposedByName, isSubmitted: pending.isSubmitted },
  };
}
