import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import { changedFields } from "@/lib/audit/changed-fields";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertVerificationSupported } from "@/lib/evidence/assert-verification-supported";
import { resolveParticipant } from "@/lib/participants/resolve-participant";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { proposeCorrection } from "@/lib/review/propose-correction";
import { closeReturnedDecisions } from "@/lib/review/record-review-decision";
import { assertMayPublishDirectly, getReviewSetting } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { ACTION_SNAPSHOT_SELECT, recordedValuesOf, SNAPSHOT_FIELD_LABELS, SNAPSHOT_FIELDS } from "./action-fields";
import { assertOneActiveAction } from "./assert-one-active-action";
import { parseActionInput, type SavedAction } from "./parse-action-input";
import { correctionSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/** What others changed since `version`, from the audit log: who, when, which fields. */
async function describeChangesSince(db: Database, actionId: string, version: number) {
  const entries = await db.auditEntry.findMany({
    where: { entityType: "signature", entityId: actionId },
    orderBy: { createdAt: "asc" },
    select: { actorName: true, createdAt: true, before: true, after: true },
  });
  return entries
    .map((entry) => ({ entry, after: entry.after ? (JSON.parse(entry.after) as Record<string, unknown>) : null }))
    .filter(({ after }) => typeof after?.version === "number" && after.version > version)
    .map(({ entry, after }) => ({
      actorName: entry.actorName,
      at: entry.createdAt.toISOString(),
      fields: changedFields(SNAPSHOT_FIELDS, entry.before, after).map((field) => SNAPSHOT_FIELD_LABELS[field]),
    }));
}

async function conflictSince(db: Database, id: string, version: number, currentVersion: number): Promise<AppError> {
  return new AppError(
    "conflict",
    messageKey("validation.signature.editConflict"),
    {},
    { changes: await describeChangesSince(db, id, version), currentVersion },
  );
}

/**
 * Corrects an action from the version the editor started from. A published record needs a reason, which
 * the public history shows; a save from an older version is refused with what changed since. While the
 * instrument requires a second reviewer, a correction to a published record is kept beside it until
 * approved (lib/review/propose-correction.ts), and nothing is published directly.
 */
export async function correctAction(db: Database, actor: ActingUser | null, raw: Record<string, unknown>): Promise<SavedAction> {
  const user = requireUser(actor);
  const correction = correctionSchema.safeParse(raw);
  if (!correction.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(correction.error));
  const { id, version, reason } = correction.data;

  const existing = await db.participantAction.findUnique({
    where: { id },
    select: { ...ACTION_SNAPSHOT_SELECT, publishedAt: true, participant: { select: { id: true, name: true } } },
  });
  if (!existing) throw new AppError("not_found", messageKey("validation.signature.gone"));
  requireParticipantScope(user, existing.participant.id, existing.participant.name);

  const { instrumentId, input } = await parseActionInput(db, raw);
  const participant = await resolveParticipant(db, input.participant);
  requireParticipantScope(user, participant.id, participant.name);
  if (existing.status === "published" && !reason) {
    throw new AppError("validation", CHECK_THE_FIELDS, {
      reason: messageKey("validation.signature.correctionReason"),
    });
  }
  if (participant.id !== existing.participantId || input.action !== existing.action) {
    await assertOneActiveAction(db, instrumentId, participant, input.action, existing.id);
  }
  const { requiresReview } = await getReviewSetting(db);
  assertMayPublishDirectly(requiresReview, input.status);
  if (requiresReview && existing.status === "published") {
    if (existing.version !== version) throw await conflictSince(db, id, version, existing.version);
    await assertVerificationSupported(db, id, input.verification);
    await proposeCorrection(db, user, { actionId: id, baseVersion: version, participantId: participant.id, input, reason: reason ?? "" });
    return { id, participantCode: participant.code, version };
  }

  const saved = await db.$transaction(async (tx) => {
    await assertVerificationSupported(tx, id, input.verification);
    // Optimistic concurrency: the update only applies to the version the editor started from.
    const { count } = await tx.participantAction.updateMany({
      where: { id, version },
      data: {
        ...recordedValuesOf(input),
        participantId: participant.id,
        version: { increment: 1 },
        updatedById: user.id,
        publishedAt: existing.publishedAt ?? (input.status === "published" ? new Date() : null),
      },
    });
    if (count === 0) return null;
    await closeReturnedDecisions(tx, id);
    const { publishedAt: _published, participant: _participant, ...before } = existing;
    const after = await tx.participantAction.findUniqueOrThrow({ where: { id }, select: ACTION_SNAPSHOT_SELECT });
    const touchesPublic = before.status === "published" || after.status === "published";
    await writeAuditEntry(tx, {
      actor: user,
      action: before.status !== "published" && after.status === "published" ? "signature.publish" : "signature.update",
      entityType: "signature",
      entityId: id,
      participantId: participant.id,
      before,
      after,
      reason,
      isPublic: touchesPublic,
    });
    if (touchesPublic) await bumpRecordRevision(tx);
    return after;
  });

  if (!saved) throw await conflictSince(db, id, version, existing.version);
  return { id, participantCode: participant.code, version: saved.version };
}
