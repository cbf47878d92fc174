import "server-only";
import type { Database } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { readLedger } from "./read-ledger-entries";
import { replayLedger, type ReplayedRecord } from "./replay-ledger";

export type LedgerHead = { sequence: number; hash: string; revision: number; recordedAt: string };

/** The last entry of revision `upTo` or earlier (the latest when omitted), or null while the ledger is empty. */
export function getLedgerHead(db: Database, upTo?: number): Promise<LedgerHead | null> {
  return cachedRead(db, `ledger-head:${upTo ?? ""}`, () =>
    db.ledgerEntry.findFirst({
      where: upTo === undefined ? {} : { revision: { lte: upTo } },
      orderBy: { sequence: "desc" },
      select: { sequence: true, hash: true, revision: true, recordedAt: true },
    }),
  );
}

/** The revisions the ledger can rebuild: from the first it holds to the record's current one. */
export function getLedgerRange(db: Database): Promise<{ first: number; last: number } | null> {
  return cachedRead(db, "ledger-range", async () => {
    const [first, revision] = await Promise.all([
      db.ledgerEntry.findFirst({ orderBy: { sequence: "asc" }, select: { revision: true } }),
      db.recordRevision.findUnique({ where: { id: 1 }, select: { revision: true } }),
    ]);
    return first ? { first: first.revision, last: revision?.revision ?? first.revision } : null;
  });
}

/** The public record exactly as published at revision `revision`, rebuilt from the ledger. */
export function getRecordAtRevision(db: Database, revision: number): Promise<ReplayedRecord> {
  return cachedRead(db, `record-at-revision:${revision}`, async () => replayLedger(await readLedger(db, revision), revision));
}
