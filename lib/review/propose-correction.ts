import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { recordedValuesOf } from "@/lib/participant-actions/action-fields";
import type { ActionInput } from "@/lib/participant-actions/schema";
import type { ProposedCorrection } from "./proposed-correction";
import { closeReturnedDecisions } from "./record-review-decision";

/**
 * Saves a correction to a published action beside it, while review is required: the public keeps the
 * published row until another editor approves (lib/review/approve-review-item.ts). "Submitted for review"
 * puts it in the review list; "Draft" keeps it for its author. Saving again replaces the proposal and makes
 * the saver its author.
 */
export async function proposeCorrection(
  db: Database,
  user: ActingUser,
  correction: { actionId: string; baseVersion: number; participantId: string; input: ActionInput; reason: string },
): Promise<void> {
  const { actionId, baseVersion, participantId, input, reason } = correction;
  const proposed: ProposedCorrection = { ...recordedValuesOf({ ...input, status: "published" }), participantId };
  const fields = {
    proposed: JSON.stringify(proposed),
    baseVersion,
    reason,
    isSubmitted: input.status === "submitted",
    proposedById: user.id,
    proposedByName: user.name,
  };
  await db.$transaction(async (tx) => {
    const saved = await tx.pendingCorrection.upsert({
      where: { actionId },
      create: { actionId, ...fields },
      update: { ...fields, version: { increment: 1 } },
      select: { id: true },
    });
    await closeReturnedDecisions(tx, saved.id);
    await writeAuditEntry(tx, {
      actor: user,
      action: fields.isSubmitted ? "signature.correction-submit" : "signature.correction-draft",
      entityType: "signature",
      entityId: actionId,
      participantId,
      after: proposed,
      reason,
    });
  });
}
