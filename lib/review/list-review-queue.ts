import "server-only";
import { canEditParticipant, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { PlannedRow } from "@/lib/change-batches/plan-rows";
import type { ReadSheet } from "@/lib/imports/sheet-rows";
import type { Database } from "@/lib/db";
import { RECORDED_FIELDS_SELECT } from "@/lib/participant-actions/action-fields";
import { listPendingChanges } from "./list-pending-changes";
import { isOwnSubmission } from "./load-review-subject";
import { readProposedCorrection } from "./proposed-correction";
import { ACTION_DIFF_FIELDS, diffOf, type FieldDiff } from "./review-diff";
import type { ReviewSubjectType } from "./schema";

/** One row of a batch, or one record an undo puts back ("removal": a record the batch added, deleted). */
export type BatchRowDiff = { rowNumber: number; participantName: string; outcome: "new" | "correction" | "removal"; diff: FieldDiff[] };

export type ReviewItem = {
  type: ReviewSubjectType;
  id: string;
  version: number;
  /** The action's kind (signature …), "statement", the batch's source (import, ceremony), or the change's kind. */
  kind: string;
  participant: { code: string; name: string } | null;
  submittedAt: Date;
  submittedByName: string;
  /** The viewer last changed it: they may not decide on it. */
  isOwn: boolean;
  reason: string | null;
  diff: FieldDiff[];
  rows: BatchRowDiff[];
  /** A change's record, on its editor page. */
  editorHref?: string;
};

const QUEUE_LIMIT = 100;
const PARTICIPANT = { select: { id: true, code: true, name: true } } as const;

/** Each changing row of a batch: a new row's cells as read (in the file's own headers), a correction's changes. */
function batchRowDiffs(rows: PlannedRow[], sheet: ReadSheet): BatchRowDiff[] {
  const cellsOf = new Map(sheet.rows.map((row) => [row.rowNumber, row.cells]));
  return rows.flatMap((row): BatchRowDiff[] => {
    if (row.outcome === "correction") {
      const diff = row.changes.map((change) => ({
        field: change.field,
        label: change.label,
        publicNow: change.before,
        proposed: change.after,
      }));
      return [{ rowNumber: row.rowNumber, participantName: row.participant.name, outcome: row.outcome, diff }];
    }
    if (row.outcome !== "new") return [];
    const cells = Object.entries(cellsOf.get(row.rowNumber) ?? {}) as [keyof ReadSheet["headers"], string][];
    const diff = cells
      .filter(([, value]) => value.trim() !== "")
      .map(([field, value]) => ({ field, label: sheet.headers[field] ?? field, publicNow: null, proposed: value }));
    return [{ rowNumber: row.rowNumber, participantName: row.participant.name, outcome: row.outcome, diff }];
  });
}

const STATEMENT_DIFF_FIELDS = ["kind", "text", "madeOn", "sourceUrl", "commitments"];

/**
 * Everything waiting for review that the user may see (their scope), oldest first, each with its
 * field-by-field diff against what is public now. Items the user last changed are listed, marked as theirs.
 */
export async function listReviewQueue(db: Database, actor: ActingUser | null): Promise<ReviewItem[]> {
  const user = requireUser(actor);
  const inScope = user.scopeParticipantIds && user.role !== "admin" ? { participantId: { in: user.scopeParticipantIds } } : {};
  const [actions, corrections, statements, batches, changes] = await Promise.all([
    db.participantAction.findMany({
      where: { status: "submitted", ...inScope },
      orderBy: { updatedAt: "asc" },
      take: QUEUE_LIMIT,
      select: {
        id: true,
        version: true,
        ...RECORDED_FIELDS_SELECT,
        updatedAt: true,
        updatedById: true,
        updatedBy: { select: { name: true } },
        participant: PARTICIPANT,
      },
    }),
    db.pendingCorrection.findMany({
      where: { isSubmitted: true, action: inScope },
      orderBy: { updatedAt: "asc" },
      take: QUEUE_LIMIT,
      select: {
        id: true,
        version: true,
        proposed: true,
        reason: true,
        updatedAt: true,
        proposedById: true,
        proposedByName: true,
        action: { select: { ...RECORDED_FIELDS_SELECT, participantId: true, participant: PARTICIPANT } },
      },
    }),
    db.statement.findMany({
      where: { status: "submitted", ...inScope },
      orderBy: { updatedAt: "asc" },
      take: QUEUE_LIMIT,
      select: {
        id: true,
        version: true,
        kind: true,
        text: true,
        madeOn: true,
        sourceUrl: true,
        updatedAt: true,
        createdById: true,
        createdBy: { select: { name: true } },
        updatedById: true,
        updatedBy: { select: { name: true } },
        participant: PARTICIPANT,
        commitments: { orderBy: { number: "asc" }, select: { number: true } },
      },
    }),
    db.changeBatch.findMany({
      where: { status: "submitted" },
      orderBy: { submittedAt: "asc" },
      take: QUEUE_LIMIT,
      select: {
        id: true,
        source: true,
        rows: true,
        plan: true,
        reason: true,
        submittedAt: true,
        createdAt: true,
        createdById: true,
        createdByName: true,
      },
    }),
    listPendingChanges(db, user, QUEUE_LIMIT),
  ]);
  const own = (id: string | null) => isOwnSubmission(user, { lastChangedBy: { id, name: "" } });

  const participantNames = new Map<string, string>();
  const proposedParticipants = corrections.map((correction) => readProposedCorrection(correction.proposed).participantId);
  for (const participant of await db.participant.findMany({
    where: { id: { in: proposedParticipants } },
    select: { id: true, name: true },
  })) {
    participantNames.set(participant.id, participant.name);
  }

  const items: ReviewItem[] = [
    ...actions.map((action) => ({
      type: "action" as const,
      id: action.id,
      version: action.version,
      kind: action.action,
      participant: action.participant,
      submittedAt: action.updatedAt,
      submittedByName: action.updatedBy?.name ?? "",
      isOwn: own(action.updatedById),
      reason: null,
      diff: diffOf(ACTION_DIFF_FIELDS, null, action),
      rows: [],
    })),
    ...corrections.map((correction) => {
      const proposed = readProposedCorrection(correction.proposed);
      const { participant, participantId, ...publicNow } = correction.action;
      const participantDiff =
        proposed.participantId === participantId
          ? []
          : [{ field: "participant", publicNow: participant.name, proposed: participantNames.get(proposed.participantId) ?? null }];
      return {
        type: "correction" as const,
        id: correction.id,
        version: correction.version,
        kind: publicNow.action,
        participant,
        submittedAt: correction.updatedAt,
        submittedByName: correction.proposedByName,
        isOwn: own(correction.proposedById),
        reason: correction.reason,
        diff: [...participantDiff, ...diffOf(ACTION_DIFF_FIELDS, publicNow, proposed)],
        rows: [],
      };
    }),
    ...statements.map((statement) => ({
      type: "statement" as const,
      id: statement.id,
      version: statement.version,
      kind: "statement",
      participant: statement.participant,
      submittedAt: statement.updatedAt,
      // Whoever last saved it submitted it: the one who created it, unless it was edited since.
      submittedByName: (statement.updatedById ? statement.updatedBy : statement.createdBy)?.name ?? "",
      isOwn: own(statement.updatedById ?? statement.createdById),
      reason: null,
      diff: diffOf(STATEMENT_DIFF_FIELDS, null, { ...statement, commitments: statement.commitments.map((c) => c.number).join(", ") }),
      rows: [],
    })),
    ...batches.flatMap((batch) => {
      const changing = (JSON.parse(batch.plan) as PlannedRow[]).filter((row) => row.outcome === "new" || row.outcome === "correction");
      // A batch is reviewed whole: only by someone who may edit every participant it changes.
      if (!changing.every((row) => canEditParticipant(user, row.participant.id))) return [];
      const sheet = JSON.parse(batch.rows) as ReadSheet;
      return [
        {
          type: "batch" as const,
          id: batch.id,
          version: 1,
          kind: batch.source,
          participant: null,
          submittedAt: batch.submittedAt ?? batch.createdAt,
          submittedByName: batch.createdByName,
          isOwn: own(batch.createdById),
          reason: batch.reason,
          diff: [],
          rows: batchRowDiffs(changing, sheet),
        },
      ];
    }),
    ...changes,
  ];
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
