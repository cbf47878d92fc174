import "server-only";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { PlannedRow } from "@/lib/change-batches/plan-rows";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";
import { PENDING_CHANGE_SELECT, readPendingChange, type PendingChangeData } from "./pending-change";
import type { ReviewSubjectType } from "./schema";

/** Something waiting for review, with who last changed it: the one person who may not decide on it. */
export type ReviewSubject = {
  type: ReviewSubjectType;
  id: string;
  version: number;
  isWaiting: boolean;
  participants: { id: string; name: string }[];
  lastChangedBy: { id: string | null; name: string };
  /** For a pending change: the change itself (what approval applies, and what a return keeps of it). */
  change?: PendingChangeData;
};

const GONE = messageKey("editor.review.errors.gone");

/** A decision on something that changed or was decided since the reviewer saw it. */
export const CHANGED_SINCE_SHOWN = messageKey("editor.review.errors.changedSinceShown");

async function readSubject(db: Database, type: ReviewSubjectType, id: string): Promise<ReviewSubject | null> {
  const subject = { type, id };
  if (type === "action") {
    const action = await db.participantAction.findUnique({
      where: { id },
      select: {
        version: true,
        status: true,
        participant: { select: { id: true, name: true } },
        updatedById: true,
        updatedBy: { select: { name: true } },
      },
    });
    return action
      ? {
          ...subject,
          version: action.version,
          isWaiting: action.status === "submitted",
          participants: [action.participant],
          lastChangedBy: { id: action.updatedById, name: action.updatedBy?.name ?? "" },
        }
      : null;
  }
  if (type === "correction") {
    const correction = await db.pendingCorrection.findUnique({
      where: { id },
      select: {
        version: true,
        isSubmitted: true,
        proposedById: true,
        proposedByName: true,
        action: { select: { participant: { select: { id: true, name: true } } } },
      },
    });
    return correction
      ? {
          ...subject,
          version: correction.version,
          isWaiting: correction.isSubmitted,
          participants: [correction.action.participant],
          lastChangedBy: { id: correction.proposedById, name: correction.proposedByName },
        }
      : null;
  }
  if (type === "statement") {
    // Whoever saved it last (an edit of a draft or a returned statement), else the one who created it.
    const statement = await db.statement.findUnique({
      where: { id },
      select: {
        version: true,
        status: true,
        participant: { select: { id: true, name: true } },
        createdById: true,
        createdBy: { select: { name: true } },
        updatedById: true,
        updatedBy: { select: { name: true } },
      },
    });
    return statement
      ? {
          ...subject,
          version: statement.version,
          isWaiting: statement.status === "submitted",
          participants: [statement.participant],
          lastChangedBy: statement.updatedById
            ? { id: statement.updatedById, name: statement.updatedBy?.name ?? "" }
            : { id: statement.createdById, name: statement.createdBy?.name ?? "" },
        }
      : null;
  }
  if (type === "change") {
    // A pending change is never edited: it is decided as it was proposed, so its version is always 1.
    const row = await db.pendingChange.findUnique({ where: { id }, select: PENDING_CHANGE_SELECT });
    if (!row) return null;
    const change = readPendingChange(row);
    return {
      ...subject,
      version: 1,
      isWaiting: true,
      participants: change.payload.participants,
      lastChangedBy: { id: change.proposedById, name: change.proposedByName },
      change,
    };
  }
  const batch = await db.changeBatch.findUnique({
    where: { id },
    select: { status: true, plan: true, createdById: true, createdByName: true },
  });
  if (!batch) return null;
  const rows = JSON.parse(batch.plan) as PlannedRow[];
  const participants = rows.flatMap((row) => (row.outcome === "new" || row.outcome === "correction" ? [row.participant] : []));
  // A batch cannot be edited once submitted: it is reviewed as it was submitted, so its version is always 1.
  return {
    ...subject,
    version: 1,
    isWaiting: batch.status === "submitted",
    participants,
    lastChangedBy: { id: batch.createdById, name: batch.createdByName },
  };
}

/** Whether this user may approve or return the subject: not its last author, and with scope over every participant. */
export function isOwnSubmission(user: ActingUser, subject: Pick<ReviewSubject, "lastChangedBy">): boolean {
  return subject.lastChangedBy.id === user.id;
}

/**
 * Loads a subject for a decision and authorizes it: a signed-in editor with scope over each of its
 * participants (an administrator has scope over all), who is not the one who last changed it, deciding
 * on the version they were shown, while it is still waiting.
 */
export async function loadSubjectForDecision(
  db: Database,
  actor: ActingUser | null,
  input: { subjectType: ReviewSubjectType; subjectId: string; version: number },
): Promise<{ user: ActingUser; subject: ReviewSubject }> {
  const user = requireUser(actor);
  const subject = await readSubject(db, input.subjectType, input.subjectId);
  if (!subject) throw new AppError("not_found", GONE);
  for (const participant of subject.participants) requireParticipantScope(user, participant.id, participant.name);
  if (isOwnSubmission(user, subject)) {
    throw new AppError("forbidden", messageKey("editor.review.errors.ownSubmission"));
  }
  if (!subject.isWaiting || subject.version !== input.version) {
    throw new AppError("conflict", CHANGED_SINCE_SHOWN);
  }
  return { user, subject };
}
