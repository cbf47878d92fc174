import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Sqlite from "better-sqlite3";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

export type DatabaseKind = "embedded-sqlite" | "libsql-server";

/** Which driver serves a DATABASE_URL: better-sqlite3 is ~2.4× faster for a local file, libSQL reaches servers. */
export function databaseKindOf(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "embedded-sqlite";
  if (/^(libsql|https?):\/\//.test(url)) return "libsql-server";
  throw new Error(`Unsupported DATABASE_URL "${url}": use file:, libsql://, https:// or http://`);
}

/** Absolute path of a `file:` URL; relative paths resolve against the current directory (the project root). */
export function sqliteFilePath(url: string): string {
  return resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * Makes a database file owner-only (0600) before SQLite opens it, creating it empty if missing, in an
 * owner-only folder: it holds password hashes. SQLite creates the -wal, -shm and -journal files with the
 * database file's own mode, so they follow; those left by an older version are tightened here too.
 */
export function preparePrivateDatabaseFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    try {
      chmodSync(`${path}${suffix}`, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

/** Milliseconds a write waits for another writer's lock before failing with "database is locked". */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * better-sqlite3 with every transaction opened by `BEGIN IMMEDIATE`, i.e. holding the write lock from its
 * first statement. The stock adapter sends a plain (deferred) `BEGIN`: such a transaction first reads, then
 * asks for the write lock on its first write — and when another process holds that lock or committed
 * since the read, SQLite fails at once with SQLITE_BUSY ("database is locked") instead of waiting the busy
 * timeout, because waiting could deadlock two readers that both want to write. Taking the lock up front
 * makes writers queue on the busy timeout instead (lib/database/concurrency.test.ts shows both).
 * Readers outside transactions are unaffected: WAL lets them run beside the writer.
 * The file is made owner-only when the first query connects (not when a client is merely constructed).
 */
export class ImmediateTransactionsSQLite3 extends PrismaBetterSQLite3 {
  constructor(private readonly path: string) {
    super({ url: path, timeout: BUSY_TIMEOUT_MS });
  }

  override async connect() {
    preparePrivateDatabaseFile(this.path);
    const adapter = await super.connect();
    // The adapter starts each transaction with `client.prepare("BEGIN").run()` (adapter-better-sqlite3 6.19).
    const client = (adapter as unknown as { client: Sqlite.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source);
    return adapter;
  }
}

export function createDriverAdapter(url: string, authToken?: string) {
  if (databaseKindOf(url) === "libsql-server") {
    return new PrismaLibSQL({ url, authToken });
  }
  return new ImmediateTransactionsSQLite3(sqliteFilePath(url));
}
