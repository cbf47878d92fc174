import "server-only";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { assertVerificationSupported } from "@/lib/evidence/assert-verification-supported";
import { resolveParticipant } from "@/lib/participants/resolve-participant";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { assertMayPublishDirectly, getReviewSetting } from "@/lib/review/review-setting";
import { ACTION_SNAPSHOT_SELECT, recordedValuesOf } from "./action-fields";
import { assertOneActiveAction, isUniqueViolation } from "./assert-one-active-action";
import { parseActionInput, type SavedAction } from "./parse-action-input";

/**
 * Records a new signature, accession or withdrawal. Authorizes from the acting user, validates with the
 * shared schema, and writes the action, its audit entry and the record revision in one transaction.
 */
export async function recordAction(db: Database, actor: ActingUser | null, raw: unknown): Promise<SavedAction> {
  const user = requireUser(actor);
  const { instrumentId, input } = await parseActionInput(db, raw);
  const participant = await resolveParticipant(db, input.participant);
  requireParticipantScope(user, participant.id, participant.name);
  assertMayPublishDirectly((await getReviewSetting(db)).requiresReview, input.status);
  await assertOneActiveAction(db, instrumentId, participant, input.action);
  await assertVerificationSupported(db, null, input.verification);

  try {
    const saved = await db.$transaction(async (tx) => {
      const action = await tx.participantAction.create({
        data: {
          ...recordedValuesOf(input),
          instrumentId,
          participantId: participant.id,
          publishedAt: input.status === "published" ? new Date() : null,
          createdById: user.id,
          updatedById: user.id,
        },
        select: ACTION_SNAPSHOT_SELECT,
      });
      await writeAuditEntry(tx, {
        actor: user,
        action: input.action === "withdrawal" ? "signature.withdraw" : "signature.create",
        entityType: "signature",
        entityId: action.id,
        participantId: participant.id,
        after: action,
        isPublic: action.status === "published",
      });
      if (action.status === "published") await bumpRecordRevision(tx);
      return action;
    });
    return { id: saved.id, participantCode: participant.code, version: saved.version };
  } catch (error) {
    // Another editor recorded the same participant between our check and our write: say which record.
    if (isUniqueViolation(error)) await assertOneActiveAction(db, instrumentId, participant, input.action);
    throw error;
  }
}
