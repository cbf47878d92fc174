import "server-only";
import type { Database } from "@/lib/db";
import { getLastRecordUpdate } from "@/lib/record/get-last-record-update";
import { cachedRead } from "@/lib/record/cached-read";

// When each public page last changed, for the sitemap's <lastmod>: search engines recrawl what changed.

export type PageUpdates = {
  /** Any change to the public record: the overview and the lists. */
  record: Date | null;
  /** The instrument's own text: the Code page. */
  instrument: Date;
  /** A participant's page, by code: its row, published actions and statements, and public history. */
  participants: Map<string, Date>;
  /** A commitment's page, by number: the instrument's text and the published statements about it. */
  commitments: Map<number, Date>;
};

/** The latest of some times, or null when there are none. */
function latest(...times: (Date | null | undefined)[]): Date | null {
  const known = times.filter((time): time is Date => time instanceof Date);
  return known.length ? new Date(Math.max(...known.map((time) => time.getTime()))) : null;
}

type MaxRow = { participantId: string | null; _max: { updatedAt?: Date | null; createdAt?: Date | null } };
const timesByParticipant = (rows: MaxRow[]) => new Map(rows.map((row) => [row.participantId, row._max.updatedAt ?? row._max.createdAt]));

async function readPageUpdates(db: Database, instrumentId: string): Promise<PageUpdates> {
  const published = { status: "published" } as const;
  const [record, instrument, participants, actions, statements, history, commitments] = await Promise.all([
    getLastRecordUpdate(db),
    db.instrument.findUniqueOrThrow({ where: { id: instrumentId }, select: { updatedAt: true } }),
    db.participant.findMany({ select: { id: true, code: true, updatedAt: true } }),
    db.participantAction.groupBy({ by: ["participantId"], where: { instrumentId, ...published }, _max: { updatedAt: true } }),
    db.statement.groupBy({ by: ["participantId"], where: { instrumentId, ...published }, _max: { updatedAt: true } }),
    // A deleted action leaves only its history entry behind.
    db.auditEntry.groupBy({ by: ["participantId"], where: { isPublic: true, participantId: { not: null } }, _max: { createdAt: true } }),
    db.commitment.findMany({
      where: { instrumentId },
      select: { number: true, statements: { where: published, orderBy: { updatedAt: "desc" }, take: 1, select: { updatedAt: true } } },
    }),
  ]);
  const [actionTimes, statementTimes, historyTimes] = [
    timesByParticipant(actions),
    timesByParticipant(statements),
    timesByParticipant(history),
  ];
  return {
    record,
    instrument: instrument.updatedAt,
    participants: new Map(
      participants.map(({ id, code, updatedAt }) => [
        code,
        latest(updatedAt, actionTimes.get(id), statementTimes.get(id), historyTimes.get(id)) ?? updatedAt,
      ]),
    ),
    commitments: new Map(
      commitments.map(({ number, statements: [newest] }) => [
        number,
        latest(instrument.updatedAt, newest?.updatedAt) ?? instrument.updatedAt,
      ]),
    ),
  };
}

/** When each public page last changed (read once per record revision). */
export function listPageUpdates(db: Database, instrumentId: string): Promise<PageUpdates> {
  return cachedRead(db, `page-updates:${instrumentId}`, () => readPageUpdates(db, instrumentId));
}
