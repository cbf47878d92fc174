import type { Database } from "@/lib/db";
import { lastDayOf } from "@/lib/dates/partial-date";
import { readRecordRevision } from "@/lib/record/record-revision";
import { GENESIS_HASH, hashPayload, payloadOf } from "./ledger-hash";
import {
  ACTION_RECORD_SELECT,
  STATEMENT_RECORD_SELECT,
  toActionRecord,
  toStatementRecord,
  type ActionRecord,
  type LedgerRecord,
} from "./public-record";
import { readLedger } from "./read-ledger-entries";
import { replayLedger } from "./replay-ledger";

// npm run verify:ledger (scripts/verify-ledger.ts): recompute every hash and link of the chain, then replay
// it and compare the result, field by field, with the published record in the database. Each problem is a
// sentence that names the entry, the record and the field.

export type LedgerVerification = {
  problems: string[];
  entries: number;
  head: { sequence: number; hash: string; revision: number } | null;
  recordRevision: number;
};

function describeEntity(entityType: string, entityId: string, record: LedgerRecord | null): string {
  if (entityType === "action") {
    const action = record as ActionRecord | null;
    return `Action ${entityId}${action ? ` (${action.name}, ${action.action})` : ""}`;
  }
  return `Statement ${entityId}${record ? ` (${record.code})` : ""}`;
}

const shown = (value: unknown) => (value === undefined ? "absent" : JSON.stringify(value));

/** The fields where two records differ, as "date is "2018-09-29" in the database but "2018-09-28" in the ledger". */
function fieldDifferences(database: LedgerRecord, ledger: LedgerRecord): string[] {
  const databaseFields = database as Record<string, unknown>;
  const ledgerFields = ledger as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(databaseFields), ...Object.keys(ledgerFields)])];
  return fields
    .filter((field) => JSON.stringify(databaseFields[field]) !== JSON.stringify(ledgerFields[field]))
    .map((field) => `${field} is ${shown(databaseFields[field])} in the database but ${shown(ledgerFields[field])} in the ledger`);
}

/** The chain's integrity, then the replayed record against the database. `expectHead`: a head hash saved earlier must still be in the chain. */
export async function verifyLedger(db: Database, options: { expectHead?: string } = {}): Promise<LedgerVerification> {
  const problems: string[] = [];
  const [items, recordRevision] = await Promise.all([readLedger(db), readRecordRevision(db)]);

  let previous: { hash: string; revision: number } = { hash: GENESIS_HASH, revision: 0 };
  items.forEach((item, index) => {
    const where = `Entry ${item.sequence} (revision ${item.revision}, ${item.kind} of ${describeEntity(item.entityType, item.entityId, item.record)})`;
    if (item.sequence !== index + 1) problems.push(`${where}: expected sequence ${index + 1} — an entry is missing or was inserted`);
    if (item.previousHash !== previous.hash) {
      problems.push(`${where}: previousHash ${item.previousHash} does not match the hash of the entry before it (${previous.hash})`);
    }
    if (hashPayload(payloadOf(item)) !== item.hash) {
      problems.push(`${where}: its hash does not match its content — the entry was changed after it was written`);
    }
    if (item.revision < previous.revision) problems.push(`${where}: its revision is lower than the entry before it (${previous.revision})`);
    if (item.revision > recordRevision) problems.push(`${where}: its revision is beyond the record's current revision ${recordRevision}`);
    previous = { hash: item.hash, revision: item.revision };
  });
  if (options.expectHead && !items.some((item) => item.hash === options.expectHead)) {
    problems.push(`The head ${options.expectHead} you saved is not in the chain: the history was rewritten since`);
  }

  const replayed = replayLedger(items);
  const [actions, statements] = await Promise.all([
    db.participantAction.findMany({ where: { status: "published" }, select: ACTION_RECORD_SELECT }),
    db.statement.findMany({ where: { status: "published" }, select: STATEMENT_RECORD_SELECT }),
  ]);
  const inDatabase = new Map<string, { entityType: string; entityId: string; record: LedgerRecord }>([
    ...actions.map((row) => [`action:${row.id}`, { entityType: "action", entityId: row.id, record: toActionRecord(row) }] as const),
    ...statements.map(
      (row) => [`statement:${row.id}`, { entityType: "statement", entityId: row.id, record: toStatementRecord(row) }] as const,
    ),
  ]);
  const inLedger = new Map<string, { entityType: string; entityId: string; record: LedgerRecord; sequence: number }>(
    [...replayed.actions, ...replayed.statements].map((entity) => [`${entity.entityType}:${entity.entityId}`, entity]),
  );
  for (const [key, published] of inDatabase) {
    const ledger = inLedger.get(key);
    const who = describeEntity(published.entityType, published.entityId, published.record);
    if (!ledger) {
      problems.push(`${who} is published in the database but the ledger has no such public record`);
      continue;
    }
    for (const difference of fieldDifferences(published.record, ledger.record)) {
      problems.push(`${who}: ${difference} (entry ${ledger.sequence})`);
    }
  }
  for (const [key, ledger] of inLedger) {
    if (!inDatabase.has(key)) {
      problems.push(
        `${describeEntity(ledger.entityType, ledger.entityId, ledger.record)} is public in the ledger (entry ${ledger.sequence}) but not published in the database`,
      );
    }
  }

  // countsFrom is derived from the date and its precision, and decides "as of" counts: it must agree.
  const counted = await db.participantAction.findMany({
    where: { status: "published" },
    select: { id: true, date: true, datePrecision: true, countsFrom: true, participant: { select: { name: true } } },
  });
  for (const row of counted) {
    const expected = lastDayOf({ date: row.date, precision: row.datePrecision });
    if (row.countsFrom !== expected) {
      problems.push(
        `Action ${row.id} (${row.participant.name}): countsFrom is ${shown(row.countsFrom)} in the database but its date gives ${shown(expected)}`,
      );
    }
  }

  const last = items.at(-1);
  return {
    problems,
    entries: items.length,
    head: last ? { sequence: last.sequence, hash: last.hash, revision: last.revision } : null,
    recordRevision,
  };
}
