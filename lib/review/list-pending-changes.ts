import "server-only";
import { canEditParticipant, type ActingUser } from "@/lib/auth/acting-user";
import { planBatchUndo } from "@/lib/change-batches/undo-change-batch";
import type { Database } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { EvidenceSnapshot } from "@/lib/evidence/record-evidence-change";
import { RECORDED_FIELDS_SELECT } from "@/lib/participant-actions/action-fields";
import type { BatchRowDiff, ReviewItem } from "./list-review-queue";
import { isOwnSubmission } from "./load-review-subject";
import { editorPathOfRecord, PENDING_CHANGE_SELECT, readPendingChange, type PendingChangeData } from "./pending-change";
import { ACTION_DIFF_FIELDS, diffOf, type FieldDiff } from "./review-diff";

/** A document, row by row, as the reviewer compares it: "Public now" and "After approval" (null: not there). */
function documentDiff(publicNow: EvidenceSnapshot | null, proposed: EvidenceSnapshot | null): FieldDiff[] {
  const rows = [
    ["document", (document: EvidenceSnapshot) => document.fileName],
    ["sha256", (document: EvidenceSnapshot) => document.sha256],
    ["evidenceKind", (document: EvidenceSnapshot) => document.kind],
    ["evidenceVisibility", (document: EvidenceSnapshot) => document.visibility],
  ] as const;
  return rows.map(([field, valueOf]) => ({
    field,
    publicNow: publicNow ? valueOf(publicNow) : null,
    proposed: proposed ? valueOf(proposed) : null,
  }));
}

/** What approval would change: the deleted record's fields, each undone record, or the document. */
async function diffOfChange(db: Database, change: PendingChangeData): Promise<{ diff: FieldDiff[]; rows: BatchRowDiff[] }> {
  switch (change.kind) {
    case "action-delete": {
      const action = await db.participantAction.findUnique({ where: { id: change.recordId }, select: RECORDED_FIELDS_SELECT });
      return { diff: action ? diffOf(ACTION_DIFF_FIELDS, action, {}) : [], rows: [] };
    }
    case "batch-undo": {
      // A batch touched since cannot be undone: the reviewer sees no rows, and approving says why.
      const undo = await planBatchUndo(db, change.recordId).catch((error: unknown) => {
        if (isAppError(error)) return null;
        throw error;
      });
      const names = new Map(change.payload.participants.map((participant) => [participant.id, participant.name]));
      const rows = (undo?.steps ?? []).map(({ now, before }, index): BatchRowDiff => ({
        rowNumber: index + 1,
        participantName: names.get(now.participantId) ?? "",
        outcome: before ? "correction" : "removal",
        diff: diffOf(ACTION_DIFF_FIELDS, now, before ?? {}),
      }));
      return { diff: [], rows };
    }
    case "evidence-attach":
      return { diff: documentDiff(null, change.payload.document), rows: [] };
    case "evidence-detach":
      return { diff: documentDiff(change.payload.document, null), rows: [] };
    case "evidence-visibility": {
      const { document, visibility } = change.payload;
      return { diff: documentDiff(document, { ...document, visibility }), rows: [] };
    }
  }
}

/**
 * The changes to published records waiting for review (deletions, undos, evidence documents) that this
 * user may decide on or wait for: those whose every participant is in their scope, oldest first.
 */
export async function listPendingChanges(db: Database, user: ActingUser, limit: number): Promise<ReviewItem[]> {
  const rows = await db.pendingChange.findMany({ orderBy: { createdAt: "asc" }, take: limit, select: PENDING_CHANGE_SELECT });
  const changes = rows
    .map(readPendingChange)
    .filter((change) => change.payload.participants.every((participant) => canEditParticipant(user, participant.id)));
  const participants = await db.participant.findMany({
    where: { id: { in: changes.flatMap((change) => change.payload.participants.map((participant) => participant.id)) } },
    select: { id: true, code: true, name: true },
  });
  const participantOf = new Map(participants.map((participant) => [participant.id, participant]));
  return Promise.all(
    changes.map(async (change): Promise<ReviewItem> => {
      const only = change.payload.participants.length === 1 ? change.payload.participants[0] : undefined;
      const participant = only ? participantOf.get(only.id) : undefined;
      return {
        type: "change",
        id: change.id,
        version: 1,
        kind: change.kind,
        participant: participant ? { code: participant.code, name: participant.name } : null,
        submittedAt: change.createdAt,
        submittedByName: change.proposedByName,
        isOwn: isOwnSubmission(user, { lastChangedBy: { id: change.proposedById, name: change.proposedByName } }),
        editorHref: editorPathOfRecord(change.recordType, change.recordId),
        reason: change.reason,
        ...(await diffOfChange(db, change)),
      };
    }),
  );
}
