import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readRecordRevision } from "./record-revision";

// Public pages render per request (they read filters from the URL), so their data is cached here instead.
// Each entry remembers the record revision it was read at; one indexed single-row query per request tells
// whether it still holds. That stays correct across restarts and across replicas sharing a libSQL server,
// where an in-process "invalidate on write" would not.

const MAX_ENTRIES = 500;
const entries = new Map<string, { revision: number; value: unknown }>();

/** The record revision, read once per request. */
export const currentRevision = cache(() => readRecordRevision(db, env.DATABASE_URL));

export async function cachedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const revision = await currentRevision();
  const hit = entries.get(key);
  if (hit && hit.revision === revision) return hit.value as T;
  const value = await read();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { revision, value });
  return value;
}
