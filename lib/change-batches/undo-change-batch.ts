import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { ACTION_SNAPSHOT_SELECT, RECORDED_FIELDS, recordedValuesOf, type RecordedField } from "@/lib/participant-actions/action-fields";
import type { ParticipantAction } from "@/generated/prisma/client";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { proposeChange } from "@/lib/review/propose-change";
import { mustWaitForReview } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { undoBatchSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

type Snapshot = Pick<ParticipantAction, "id" | "participantId" | "version" | RecordedField>;

/**
 * Puts every record an applied batch (import or ceremony) changed back to its version before the batch:
 * an action it added is deleted, a corrected one gets its old values back. Administrators only, with a
 * reason. If a later change touched any of those records, nothing is undone and the records are named.
 * The undo is a batch of its own (source "undo"), so its audit entries can be found and reviewed together.
 * While review is required, undoing a batch that changes published records is a proposal that waits for
 * another editor (lib/review/propose-change.ts); approval undoes it then, checking again.
 */
export async function undoChangeBatch(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ batchId: string; undoBatchId: string | null; participantCodes: string[]; isPending: boolean }> {
  const user = requireAdmin(actor);
  const parsed = undoBatchSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const { batchId, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const undo = await planBatchUndo(tx, batchId);
    if (await mustWaitForReview(tx, undo.isPublic)) {
      await proposeChange(tx, user, {
        kind: "batch-undo",
        recordType: "batch",
        recordId: batchId,
        payload: { participants: undo.participants.map(({ id, name }) => ({ id, name })) },
        reason,
      });
      return { batchId, undoBatchId: null, participantCodes: undo.participants.map((participant) => participant.code), isPending: true };
    }
    return { ...(await applyBatchUndo(tx, user, { batchId, reason })), isPending: false };
  });
}

/**
 * What undoing the batch would do, record by record: its audit entries (each with the version before it)
 * and each record as it is now. Refused when the batch cannot be undone, or a later change touched one of
 * its records. `isPublic`: the undo changes what the public sees.
 */
export async function planBatchUndo(db: Database | Transaction, batchId: string) {
  const batch = await db.changeBatch.findUnique({ where: { id: batchId }, select: { source: true, status: true } });
  if (!batch || batch.source === "undo") throw new AppError("not_found", messageKey("editor.import.errors.noSuchBatch"));
  if (batch.status !== "applied")
    throw new AppError(
      "conflict",
      messageKey(batch.status === "undone" ? "editor.import.errors.alreadyUndone" : "editor.import.errors.neverApplied"),
    );

  const entries = await db.auditEntry.findMany({
    where: { batchId, entityType: "signature" },
    orderBy: { createdAt: "asc" },
    select: { entityId: true, before: true, after: true, participant: { select: { id: true, name: true, code: true } } },
  });
  const current = await db.participantAction.findMany({
    where: { id: { in: entries.map((entry) => entry.entityId) } },
    select: { ...ACTION_SNAPSHOT_SELECT, publishedAt: true },
  });
  const currentById = new Map(current.map((action) => [action.id, action]));
  const touchedLater = entries.filter((entry) => {
    const after = JSON.parse(entry.after ?? "{}") as Snapshot;
    return currentById.get(entry.entityId)?.version !== after.version;
  });
  if (touchedLater.length > 0) {
    const names = [...new Set(touchedLater.map((entry) => entry.participant?.name ?? entry.entityId))];
    throw new AppError(
      "conflict",
      messageKey("editor.import.errors.changedAfterBatch", { names: names.join(", "), count: names.length }),
      {},
      { participants: names },
    );
  }
  const steps = entries.map((entry) => ({
    entityId: entry.entityId,
    now: currentById.get(entry.entityId)!,
    before: entry.before ? (JSON.parse(entry.before) as Snapshot) : null,
  }));
  const participants = [
    ...new Map(entries.flatMap((entry) => (entry.participant ? [[entry.participant.id, entry.participant] as const] : []))).values(),
  ];
  const isPublic = steps.some((step) => step.now.status === "published" || step.before?.status === "published");
  return { steps, participants, isPublic };
}

/**
 * Undoes the batch now, in the caller's transaction, as one batch of its own. For an approved proposal the
 * actor is the reviewer and the author is named as proposer.
 */
export async function applyBatchUndo(
  tx: Transaction,
  actor: ActingUser,
  undoing: { batchId: string; reason: string; proposer?: { id: string | null; name: string } },
): Promise<{ batchId: string; undoBatchId: string; participantCodes: string[] }> {
  const { batchId, reason } = undoing;
  const { steps, participants } = await planBatchUndo(tx, batchId);
  const author = undoing.proposer ?? { id: actor.id, name: actor.name };
  const undo = await tx.changeBatch.create({
    data: {
      source: "undo",
      status: "applied",
      revertsBatchId: batchId,
      rows: "[]",
      plan: "[]",
      reason,
      createdById: author.id,
      createdByName: author.name,
      appliedById: actor.id,
      appliedByName: actor.name,
      appliedAt: new Date(),
    },
    select: { id: true },
  });
  for (const { now: current, before } of steps) {
    const { publishedAt, ...now } = current;
    const audit = {
      actor,
      entityType: "signature" as const,
      entityId: now.id,
      participantId: now.participantId,
      reason,
      batchId: undo.id,
      proposedByName: undoing.proposer?.name,
    };
    if (!before) {
      await tx.participantAction.delete({ where: { id: now.id } });
      await writeAuditEntry(tx, { ...audit, action: "signature.delete", before: now, isPublic: now.status === "published" });
      continue;
    }
    const values = recordedValuesOf(before);
    await tx.participantAction.update({
      where: { id: now.id },
      data: {
        ...values,
        version: { increment: 1 },
        updatedById: author.id,
        publishedAt: before.status === "published" ? publishedAt : null,
      },
    });
    const restored = { ...now, ...Object.fromEntries(RECORDED_FIELDS.map((field) => [field, values[field]])), version: now.version + 1 };
    await writeAuditEntry(tx, {
      ...audit,
      action: "signature.update",
      before: now,
      after: restored,
      isPublic: now.status === "published" || before.status === "published",
    });
  }
  await tx.changeBatch.update({ where: { id: batchId }, data: { status: "undone" } });
  await bumpRecordRevision(tx);
  return { batchId, undoBatchId: undo.id, participantCodes: participants.map((participant) => participant.code) };
}
