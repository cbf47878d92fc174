import "server-only";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { resolveParticipant } from "@/lib/participants/resolve-participant";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { closeReturnedDecisions } from "@/lib/review/record-review-decision";
import { assertMayPublishDirectly, getReviewSetting } from "@/lib/review/review-setting";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";
import { recordedStatementValues, statementUpdateSchema } from "./schema";

const SNAPSHOT_SELECT = {
  kind: true,
  text: true,
  madeOn: true,
  sourceUrl: true,
  status: true,
  version: true,
  commitments: { orderBy: { number: "asc" }, select: { number: true } },
} as const;

/** The statement as the audit log keeps it: commitments as their numbers. */
async function snapshotOf(tx: Transaction, id: string) {
  const { commitments, ...fields } = await tx.statement.findUniqueOrThrow({ where: { id }, select: SNAPSHOT_SELECT });
  return { ...fields, commitments: commitments.map((commitment) => commitment.number) };
}

/**
 * Edits a statement that is not yet public — a draft, one returned by a reviewer, or one waiting for review
 * — from the version the editor started from. While a second reviewer is required it can only be kept as
 * a draft or (re)submitted, and a reviewer's approval of an older version is then refused; otherwise it may
 * be published at once. A published statement is not edited here.
 */
export async function updateDraftStatement(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ id: string; participantCode: string; version: number }> {
  const user = requireUser(actor);
  const parsed = statementUpdateSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const { id, version, ...input } = parsed.data;

  const existing = await db.statement.findUnique({
    where: { id },
    select: { status: true, participant: { select: { id: true, name: true } } },
  });
  if (!existing) throw new AppError("not_found", messageKey("validation.statements.notFound"));
  requireParticipantScope(user, existing.participant.id, existing.participant.name);
  const participant = await resolveParticipant(db, input.participant);
  requireParticipantScope(user, participant.id, participant.name);
  if (existing.status === "published") throw new AppError("conflict", messageKey("validation.statements.publishedNotEditable"));
  const { instrumentId, requiresReview } = await getReviewSetting(db);
  assertMayPublishDirectly(requiresReview, input.status);
  const commitments = await db.commitment.findMany({
    where: { instrumentId, number: { in: input.commitments } },
    select: { id: true },
  });

  const saved = await db.$transaction(async (tx) => {
    const before = await snapshotOf(tx, id);
    // Optimistic concurrency, and never over a published statement: the update only applies to the
    // unpublished version the editor started from.
    const { count } = await tx.statement.updateMany({
      where: { id, version, status: { not: "published" } },
      data: {
        ...recordedStatementValues(input),
        participantId: participant.id,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (count === 0) return null;
    await tx.statement.update({ where: { id }, data: { commitments: { set: commitments } }, select: { id: true } });
    await closeReturnedDecisions(tx, id);
    const after = await snapshotOf(tx, id);
    const isPublished = after.status === "published";
    await writeAuditEntry(tx, {
      actor: user,
      action: isPublished ? "statement.publish" : "statement.update",
      entityType: "statement",
      entityId: id,
      participantId: participant.id,
      before,
      after,
      isPublic: isPublished,
    });
    if (isPublished) await bumpRecordRevision(tx);
    return after;
  });

  if (!saved) throw new AppError("conflict", messageKey("validation.statements.editConflict"));
  return { id, participantCode: participant.code, version: saved.version };
}
