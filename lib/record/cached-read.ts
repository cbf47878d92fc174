import "server-only";
import { cache } from "react";
import { databaseUrlOf, type Database } from "@/lib/db";
import { readRecordRevision } from "./record-revision";

// Public pages render per request (they read filters from the URL), so their data is cached here instead.
// Each entry remembers the record revision it was read at; one indexed single-row query per request tells
// whether it still holds. That stays correct across restarts and across replicas sharing a libSQL server,
// where an in-process "invalidate on write" would not. Entries are kept per database handle, so a test's
// throw-away database never sees another database's entries.

const MAX_ENTRIES = 500;
type Entry = { revision: number; value: unknown };
const entriesByDatabase = new WeakMap<Database, Map<string, Entry>>();

/** The record revision of a database, read once per request. */
const currentRevision = cache((db: Database) => readRecordRevision(db, databaseUrlOf(db)));

export async function cachedRead<T>(db: Database, key: string, read: () => Promise<T>): Promise<T> {
  const revision = await currentRevision(db);
  let entries = entriesByDatabase.get(db);
  if (!entries) entriesByDatabase.set(db, (entries = new Map<string, Entry>()));
  const hit = entries.get(key);
  if (hit && hit.revision === revision) return hit.value as T;
  const value = await read();
  const oldest = entries.keys().next();
  if (entries.size >= MAX_ENTRIES && !oldest.done) entries.delete(oldest.value);
  entries.set(key, { revision, value });
  return value;
}
