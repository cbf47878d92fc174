import type { Transaction } from "@/lib/db";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { toWellFormed } from "@/lib/validation/well-formed";
import { GENESIS_HASH, hashPayload, ledgerRowOf, type LedgerPayload } from "./ledger-hash";
import type { LedgerKind } from "./ledger-kinds";

/** One public change, as the ledger records it (the kind is decided by the caller). */
export type LedgerChange = Pick<
  LedgerPayload,
  "entityType" | "entityId" | "participant" | "actorName" | "auditAction" | "reason" | "changedFields" | "record"
> & { auditEntryId?: string | null };

/**
 * Appends public changes to the ledger, in order, inside the transaction that makes them. Each entry
 * carries the record revision this transaction produces (bumped here if the transaction has not done so
 * yet; once per transaction, so a batch of changes is one revision) and the previous entry's hash. The
 * chain is computed here and written in one insert: a 1,000-row import appends 1,000 entries without
 * 1,000 round trips. The only way entries are written: writeAuditEntries calls it for every public change.
 */
export async function appendManyToLedger(tx: Transaction, changes: readonly { change: LedgerChange; kind: LedgerKind }[]): Promise<void> {
  if (changes.length === 0) return;
  const revision = await bumpRecordRevision(tx);
  const last = await tx.ledgerEntry.findFirst({ orderBy: { sequence: "desc" }, select: { sequence: true, hash: true } });
  let previousHash = last?.hash ?? GENESIS_HASH;
  let sequence = last?.sequence ?? 0;
  const recordedAt = new Date().toISOString();
  const rows = changes.map(({ change: { auditEntryId, ...fields }, kind }) => {
    sequence += 1;
    // Hashed as it will be stored: the database client cleans every string it writes (lib/db.ts).
    const payload = toWellFormed({
      previousHash,
      sequence,
      revision,
      recordedAt,
      kind,
      ...fields,
    } satisfies LedgerPayload) as LedgerPayload;
    const hash = hashPayload(payload);
    previousHash = hash;
    return { ...ledgerRowOf(payload, hash), auditEntryId: auditEntryId ?? null };
  });
  await tx.ledgerEntry.createMany({ data: rows });
}
