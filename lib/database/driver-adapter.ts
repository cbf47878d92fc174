import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
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

/** Milliseconds a write waits for another writer's lock before failing with "database is locked". */
export const BUSY_TIMEOUT_MS = 10_000;

export function createDriverAdapter(url: string, authToken?: string) {
  if (databaseKindOf(url) === "libsql-server") {
    return new PrismaLibSQL({ url, authToken });
  }
  const path = sqliteFilePath(url);
  mkdirSync(dirname(path), { recursive: true });
  return new PrismaBetterSQLite3({ url: path, timeout: BUSY_TIMEOUT_MS });
}
