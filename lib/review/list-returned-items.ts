import "server-only";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { editorPathOfRecord, type PendingChangeKind, type PendingChangeRecordType, type ReturnedChange } from "./pending-change";
import type { ReviewSubjectType } from "./schema";

export type ReturnedItem = {
  id: string;
  subjectType: ReviewSubjectType;
  participantName: string | null;
  reviewerName: string;
  comment: string;
  returnedAt: Date;
  /** The editor page where the author can fix it (a batch is prepared again from its page). */
  href: string;
  /** For a returned change to a published record: which kind of change it was. */
  changeKind: PendingChangeKind | null;
};

/** What reviewers returned to this user and they have not saved again since, newest first: for the dashboard. */
export async function listReturnedItems(db: Database, actor: ActingUser | null): Promise<ReturnedItem[]> {
  const user = requireUser(actor);
  const decisions = await db.reviewDecision.findMany({
    where: { submitterId: user.id, isOpen: true },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      subjectType: true,
      subjectId: true,
      participantId: true,
      reviewerName: true,
      comment: true,
      createdAt: true,
      change: true,
    },
  });
  const [participants, corrections] = await Promise.all([
    db.participant.findMany({
      where: { id: { in: decisions.flatMap((decision) => (decision.participantId ? [decision.participantId] : [])) } },
      select: { id: true, name: true },
    }),
    db.pendingCorrection.findMany({
      where: { id: { in: decisions.filter((decision) => decision.subjectType === "correction").map((decision) => decision.subjectId) } },
      select: { id: true, actionId: true },
    }),
  ]);
  const nameOf = new Map(participants.map((participant) => [participant.id, participant.name]));
  const actionOfCorrection = new Map(corrections.map((correction) => [correction.id, correction.actionId]));
  /** The record each returned item is about: a correction's action, a change's record, or the subject itself. */
  const recordOf = (decision: (typeof decisions)[number], change: ReturnedChange | null) =>
    change ??
    (decision.subjectType === "correction"
      ? { recordType: "action" as const, recordId: actionOfCorrection.get(decision.subjectId) ?? "" }
      : { recordType: decision.subjectType as PendingChangeRecordType, recordId: decision.subjectId });
  return decisions.map((decision) => {
    const change = decision.change ? (JSON.parse(decision.change) as ReturnedChange) : null;
    const { recordType, recordId } = recordOf(decision, change);
    return {
      id: decision.id,
      subjectType: decision.subjectType as ReviewSubjectType,
      participantName: decision.participantId ? (nameOf.get(decision.participantId) ?? null) : null,
      reviewerName: decision.reviewerName,
      comment: decision.comment ?? "",
      returnedAt: decision.createdAt,
      href: editorPathOfRecord(recordType, recordId),
      changeKind: change?.kind ?? null,
    };
  });
}
