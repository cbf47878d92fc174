// Reading the ledger's entries, in chain order. No cache here: the verifier (a script) reads through it too.
import type { Database } from "@/lib/db";
import { ledgerItemOf, type LedgerItem } from "./ledger-hash";

const ROW_SELECT = {
  sequence: true,
  revision: true,
  recordedAt: true,
  kind: true,
  entityType: true,
  entityId: true,
  participantCode: true,
  actorName: true,
  auditAction: true,
  reason: true,
  changedFields: true,
  record: true,
  previousHash: true,
  hash: true,
} as const;

/** Entries in chain order, `limit` of them after `afterSequence` (and none past `upToSequence`, when given). */
export async function listLedgerEntries(db: Database, options: { afterSequence: number; limit: number; upToSequence?: number }) {
  const rows = await db.ledgerEntry.findMany({
    where: { sequence: { gt: options.afterSequence, ...(options.upToSequence === undefined ? {} : { lte: options.upToSequence }) } },
    orderBy: { sequence: "asc" },
    take: options.limit,
    select: ROW_SELECT,
  });
  return rows.map(ledgerItemOf);
}

/** Every entry of revision `upTo` or earlier, in chain order (the whole ledger when omitted). */
export async function readLedger(db: Database, upTo?: number): Promise<LedgerItem[]> {
  const rows = await db.ledgerEntry.findMany({
    where: upTo === undefined ? {} : { revision: { lte: upTo } },
    orderBy: { sequence: "asc" },
    select: ROW_SELECT,
  });
  return rows.map(ledgerItemOf);
}
