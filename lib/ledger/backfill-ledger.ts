import type { Database } from "@/lib/db";
import { appendManyToLedger } from "./append-to-ledger";
import { ACTION_RECORD_SELECT, STATEMENT_RECORD_SELECT, toActionRecord, toStatementRecord } from "./public-record";

const BASELINE_ACTOR = "Ledger baseline";
const BASELINE_REASON = "Already published when the ledger began; earlier changes are in the public history";

/**
 * Starts the ledger on a database that had a published record before it existed (docs/ledger.md,
 * "Existing databases"): one baseline entry per published action and statement, all in one transaction and
 * so one new revision, from which the chain verifies. Does nothing once the ledger has an entry, or when
 * nothing is published (a new database's seed writes its entries through the audit trail). Run by
 * `npm run db:migrate` and `npm start`, right after the migrations and before the seed.
 */
export async function backfillLedger(db: Database): Promise<{ entries: number }> {
  return db.$transaction(
    async (tx) => {
      if ((await tx.ledgerEntry.count()) > 0) return { entries: 0 };
      const [actions, statements] = await Promise.all([
        tx.participantAction.findMany({ where: { status: "published" }, select: ACTION_RECORD_SELECT, orderBy: { createdAt: "asc" } }),
        tx.statement.findMany({ where: { status: "published" }, select: STATEMENT_RECORD_SELECT, orderBy: { createdAt: "asc" } }),
      ]);
      const baseline = { actorName: BASELINE_ACTOR, auditAction: null, reason: BASELINE_REASON, changedFields: [] };
      await appendManyToLedger(tx, [
        ...actions.map((row) => ({
          change: {
            ...baseline,
            entityType: "action" as const,
            entityId: row.id,
            participant: row.participant.code,
            record: toActionRecord(row),
          },
          kind: "baseline" as const,
        })),
        ...statements.map((row) => ({
          change: {
            ...baseline,
            entityType: "statement" as const,
            entityId: row.id,
            participant: row.participant.code,
            record: toStatementRecord(row),
          },
          kind: "baseline" as const,
        })),
      ]);
      return { entries: actions.length + statements.length };
    },
    { timeout: 60_000 },
  );
}
