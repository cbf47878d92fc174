import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Sqlite from "better-sqlite3";
import { databaseKindOf, preparePrivateDatabaseFile, sqliteFilePath } from "./driver-adapter";

// Backups and restores of the embedded SQLite database. SQLite's online backup copies a consistent
// snapshot page by page while the server keeps reading and writing, so a backup never needs downtime.
// A restore does: it replaces the whole database, so it refuses while any process has the file open.

/** Tables a restorable file must hold: a file without them is not one of our databases. */
export const REQUIRED_TABLES = [
  "Instrument",
  "Participant",
  "Signature",
  "Statement",
  "User",
  "AuditEntry",
  "RecordRevision",
  "_prisma_migrations",
];

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** The database file behind a `file:` URL; libSQL servers keep their own backups (point-in-time restore). */
export function databaseFileOf(url: string): string {
  if (databaseKindOf(url) !== "embedded-sqlite") {
    throw new BackupError(
      "DATABASE_URL points at a libSQL server, not a local file: use the server's own backups (Turso keeps point-in-time copies). " +
        "db:backup and db:restore work on file: databases only.",
    );
  }
  return sqliteFilePath(url);
}

/** Where backups of a database go: a `backups` folder beside it (data/backups for the default data/app.db). */
export function backupFolderOf(databaseFile: string): string {
  return join(dirname(databaseFile), "backups");
}

/** A file name that sorts by time and is safe on every file system: 2026-11-28T03-18-40-123Z. */
export function utcTimestamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, "-");
}

/** The marker `npm start` writes beside the database while its server runs (see scripts/start.ts). */
export function serverPidFileOf(databaseFile: string): string {
  return `${databaseFile}.server-pid`;
}

export function writeServerPidFile(databaseFile: string, pid = process.pid): () => void {
  const file = serverPidFileOf(databaseFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${pid}\n`);
  return () => rmSync(file, { force: true });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Why the database cannot be replaced right now, or null when nothing uses it. Two checks: the pid file
 * `npm start` keeps (covers a server that has not opened the database yet), and an exclusive lock, which
 * SQLite refuses while any other connection — `next dev`, a script, a shell — has the file open.
 */
export function whyDatabaseIsInUse(databaseFile: string): string | null {
  const pidFile = serverPidFileOf(databaseFile);
  if (existsSync(pidFile)) {
    const pid = Number.parseInt(readFileSync(pidFile, "utf8"), 10);
    if (Number.isInteger(pid) && pid !== process.pid && isProcessAlive(pid)) {
      return `the server started by npm start (process ${pid}) is running on this database`;
    }
  }
  if (!existsSync(databaseFile)) return null;
  const sqlite = new Sqlite(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE");
    sqlite.exec("COMMIT");
    return null;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return "another process has the database open";
    throw error;
  } finally {
    sqlite.close();
  }
}

export type DatabaseFileCheck = { ok: true; migrations: string[] } | { ok: false; problem: string };

/** Is this file a sound SQLite database with our tables? Opens it read-only: checking never changes it. */
export function checkDatabaseFile(file: string): DatabaseFileCheck {
  if (!existsSync(file)) return { ok: false, problem: `${file} does not exist` };
  if (!statSync(file).isFile()) return { ok: false, problem: `${file} is not a file` };
  // Opening a WAL-mode file, even read-only, creates empty -wal/-shm companions: remove the ones we made.
  const companions = [`${file}-wal`, `${file}-shm`].filter((companion) => !existsSync(companion));
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Sqlite(file, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const problems = integrity.map((row) => row.integrity_check).filter((line) => line !== "ok");
    if (problems.length > 0) return { ok: false, problem: `the integrity check failed: ${problems.slice(0, 3).join("; ")}` };
    const tables = new Set(
      (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name),
    );
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0)
      return { ok: false, problem: `it is a SQLite database but not a signatory tracker one (no ${missing.join(", ")} table)` };
    const migrations = (
      sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name").all() as {
        migration_name: string;
      }[]
    ).map((row) => row.migration_name);
    return { ok: true, migrations };
  } catch (error) {
    return { ok: false, problem: `it is not a readable SQLite database (${(error as Error).message})` };
  } finally {
    sqlite?.close();
    for (const companion of companions) if (existsSync(companion) && statSync(companion).size === 0) rmSync(companion);
  }
}

/**
 * Copies `sourceFile` into `targetFile` with SQLite's online backup: consistent even while others write.
 * A backup is made a single self-contained file (rollback journal); a live database keeps WAL.
 */
async function copyDatabase(sourceFile: string, targetFile: string, journalMode: "DELETE" | "WAL"): Promise<void> {
  preparePrivateDatabaseFile(targetFile); // a copy holds the password hashes too

  const source = new Sqlite(sourceFile, { fileMustExist: true });
  try {
    await source.backup(targetFile);
  } finally {
    source.close();
  }
  const target = new Sqlite(targetFile, { fileMustExist: true });
  try {
    target.pragma(`journal_mode = ${journalMode}`);
  } finally {
    target.close();
  }
}

/** Writes a consistent copy of the live database to `<folder>/<UTC timestamp>.db` and returns its path. */
export async function backupDatabase(url: string, options: { folder?: string; now?: Date } = {}): Promise<string> {
  const databaseFile = databaseFileOf(url);
  if (!existsSync(databaseFile)) throw new BackupError(`There is no database at ${databaseFile} to back up.`);
  const target = join(options.folder ?? backupFolderOf(databaseFile), `${utcTimestamp(options.now)}.db`);
  if (existsSync(target)) throw new BackupError(`${target} already exists: not overwriting a backup.`);
  await copyDatabase(databaseFile, target, "DELETE");
  const check = checkDatabaseFile(target);
  if (!check.ok) {
    rmSync(target, { force: true });
    throw new BackupError(`The backup did not verify and was removed: ${check.problem}.`);
  }
  return target;
}

export type RestoreResult = { restoredFrom: string; safetyCopy: string | null; migrations: string[] };

/**
 * Replaces the database with a backup: checks the backup first, refuses while the database is in use,
 * keeps a safety copy of what it replaces, and restores through SQLite itself (so a crash midway leaves
 * the old database, not a mix).
 */
export async function restoreDatabase(url: string, backupFile: string, options: { now?: Date } = {}): Promise<RestoreResult> {
  const databaseFile = databaseFileOf(url);
  const check = checkDatabaseFile(backupFile);
  if (!check.ok) throw new BackupError(`Not restoring ${backupFile}: ${check.problem}. The database was not changed.`);
  const inUse = whyDatabaseIsInUse(databaseFile);
  if (inUse) {
    throw new BackupError(
      `Not restoring while ${inUse}. Stop the server (Ctrl+C in its terminal), then run the restore again. The database was not changed.`,
    );
  }

  let safetyCopy: string | null = null;
  if (existsSync(databaseFile)) {
    safetyCopy = join(backupFolderOf(databaseFile), `before-restore-${utcTimestamp(options.now)}.db`);
    await copyDatabase(databaseFile, safetyCopy, "DELETE");
  }
  await copyDatabase(backupFile, databaseFile, "WAL");
  const restored = checkDatabaseFile(databaseFile);
  if (!restored.ok)
    throw new BackupError(`The restored database did not verify (${restored.problem}); the previous one is in ${safetyCopy}.`);
  return { restoredFrom: backupFile, safetyCopy, migrations: restored.migrations };
}
