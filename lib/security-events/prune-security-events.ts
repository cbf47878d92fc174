import type { Database } from "@/lib/db";
import { SECURITY_EVENT_RETENTION_DAYS } from "./security-event-types";

/** Deletes events older than the retention period (180 days). */
export async function pruneSecurityEvents(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SECURITY_EVENT_RETENTION_DAYS * 86_400_000);
  return (await db.securityEvent.deleteMany({ where: { createdAt: { lt: cutoff } } })).count;
}
