import Sqlite from "better-sqlite3";
import { databaseKindOf, sqliteFilePath } from "@/lib/database/driver-adapter";
import type { Database, Transaction } from "@/lib/db";

// The revision each open transaction has produced: one transaction is one revision, however many changes
// it makes (an import of 500 rows included), and every ledger entry it appends carries that revision.
const revisionOfTransaction = new WeakMap<Transaction, number>();

/**
 * Call inside every transaction that changes what the public sees: cached reads keyed on it expire. Raises
 * the revision once per transaction (later calls in the same transaction return the same number); returns
 * the revision the transaction produces.
 */
export async function bumpRecordRevision(tx: Transaction): Promise<number> {
  const bumped = revisionOfTransaction.get(tx);
  if (bumped !== undefined) return bumped;
  const { revision } = await tx.recordRevision.update({
    where: { id: 1 },
    data: { revision: { increment: 1 } },
    select: { revision: true },
  });
  revisionOfTransaction.set(tx, revision);
  return revision;
}

// The revision is read on every public request, so for an embedded database it is read through a
// read-only better-sqlite3 statement of its own (a few microseconds) instead of a Prisma query (~1 ms of
// query planning in Prisma's WebAssembly engine). Readers never block the writer in WAL mode.
const statements = new Map<string, Sqlite.Statement<[], { revision: number }>>();

function revisionStatement(url: string) {
  let statement = statements.get(url);
  if (!statement) {
    const connection = new Sqlite(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    statement = connection.prepare<[], { revision: number }>('SELECT "revision" FROM "RecordRevision" WHERE "id" = 1');
    statements.set(url, statement);
  }
  return statement;
}

/**
 * A synchronous revision reader for an embedded database, for the page cache in front of Next; null for a
 * libSQL server, which can only be asked asynchronously (the page cache is then left off).
 */
export function synchronousRevisionReader(url: string): (() => number) | null {
  if (databaseKindOf(url) !== "embedded-sqlite") return null;
  return () => revisionStatement(url).get()?.revision ?? 0;
}

export async function readRecordRevision(db: Database, url?: string): Promise<number> {
  if (url && databaseKindOf(url) === "embedded-sqlite") return revisionStatement(url).get()?.revision ?? 0;
  const row = await db.recordRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0;
}
