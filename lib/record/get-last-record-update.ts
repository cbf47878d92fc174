import "server-only";
import type { Database } from "@/lib/db";
import { cachedRead } from "./cached-read";

async function readLastRecordUpdate(db: Database): Promise<Date | null> {
  const [action, entry] = await Promise.all([
    db.participantAction.aggregate({ where: { status: "published" }, _max: { updatedAt: true } }),
    db.auditEntry.aggregate({ where: { isPublic: true }, _max: { createdAt: true } }),
  ]);
  const times = [action._max.updatedAt, entry._max.createdAt].filter((time): time is Date => time !== null);
  return times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null;
}

/** When the public record last changed (a published action or a public history entry), or null. */
export function getLastRecordUpdate(db: Database): Promise<Date | null> {
  return cachedRead(db, "last-record-update", () => readLastRecordUpdate(db));
}
