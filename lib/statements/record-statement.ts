import "server-only";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { resolveParticipant } from "@/lib/participants/resolve-participant";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { assertMayPublishDirectly, getReviewSetting } from "@/lib/review/review-setting";
import { recordedStatementValues, statementInputSchema } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/** Adds a declaration, reservation or implementation note by a participant, tied to commitments. */
export async function recordStatement(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ id: string; participantCode: string }> {
  const user = requireUser(actor);
  const parsed = statementInputSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const participant = await resolveParticipant(db, input.participant);
  requireParticipantScope(user, participant.id, participant.name);
  const { instrumentId, requiresReview } = await getReviewSetting(db);
  assertMayPublishDirectly(requiresReview, input.status);
  const commitments = await db.commitment.findMany({
    where: { instrumentId, number: { in: input.commitments } },
    select: { id: true },
  });

  return db.$transaction(async (tx) => {
    const statement = await tx.statement.create({
      data: {
        instrumentId,
        participantId: participant.id,
        ...recordedStatementValues(input),
        createdById: user.id,
        commitments: { connect: commitments },
      },
      select: { id: true, kind: true, text: true, madeOn: true, sourceUrl: true, status: true },
    });
    await writeAuditEntry(tx, {
      actor: user,
      action: "statement.create",
      entityType: "statement",
      entityId: statement.id,
      participantId: participant.id,
      after: { ...statement, commitments: input.commitments },
      isPublic: statement.status === "published",
    });
    if (statement.status === "published") await bumpRecordRevision(tx);
    return { id: statement.id, participantCode: participant.code };
  });
}
