import type { Database } from "@/lib/db";
import { pruneSecurityEvents } from "@/lib/security-events/prune-security-events";
import { pruneLoginThrottle } from "./login-throttle";
import { pruneExpiredSessions } from "./user-sessions";

const PRUNE_INTERVAL_MS = 60 * 60_000;
let lastPrunedAt = 0;

/** Deletes spent back-off counters, expired sessions and security events past their 180 days. */
export async function pruneSignInRecords(db: Database, now = new Date()) {
  return {
    throttleRows: await pruneLoginThrottle(db, now),
    sessions: await pruneExpiredSessions(db, now),
    securityEvents: await pruneSecurityEvents(db, now),
  };
}

/** Runs the pruning at most once an hour per process; sign-ins call it, so a busy site stays tidy. */
export async function pruneSignInRecordsHourly(db: Database, now = new Date()): Promise<void> {
  if (now.getTime() - lastPrunedAt < PRUNE_INTERVAL_MS) return;
  lastPrunedAt = now.getTime();
  await pruneSignInRecords(db, now);
}
