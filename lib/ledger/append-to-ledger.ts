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
 * Appends a public change to the ledger, inside the transaction that makes it. The entry carries the
 * record revision this transaction produces (bumped here if the transaction has not done so yet; once per
 * transaction, so a batch of changes is one revision) and the previous entry's hash. The only way entries
 * are written: writeAuditEntry calls it for every public change, the review step can call it on approval.
 */
export async function appendToLedger(tx: Transaction, change: LedgerChange, kind: LedgerKind): Promise<string> {
  const revision = await bumpRecordRevision(tx);
  const last = await tx.ledgerEntry.findFirst({ orderBy: { sequence: "desc" }, select: { sequence: true, hash: true } });
  const { auditEntryId, ...fields } = change;
  // Hashed as it will be stored: the database client cleans every string it writes (lib/db.ts).
  const payload = toWellFormed({
    previousHash: last?.hash ?? GENESIS_HASH,
    sequence: (last?.sequence ?? 0) + 1,
    revision,
    recordedAt: new Date().toISOString(),
    kind,
    ...fields,
  } satisfies LedgerPayload) as LedgerPayload;
  const hash = hashPayload(payload);
  await tx.ledgerEntry.create({ data: { ...ledgerRowOf(payload, hash), auditEntryId: auditEntryId ?? null } });
  return hash;
}
