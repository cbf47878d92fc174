import "server-only";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";

async function readLastRecordUpdate(): Promise<Date | null> {
  const [signature, entry] = await Promise.all([
    db.signature.aggregate({ where: { status: "published" }, _max: { updatedAt: true } }),
    db.auditEntry.aggregate({ where: { isPublic: true }, _max: { createdAt: true } }),
  ]);
  const times = [signature._max.updatedAt, entry._max.createdAt].filter((time): time is Date => time !== null);
  return times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null;
}

/** When the public record last changed (a published signature or a public history entry), or null. */
export function getLastRecordUpdate(): Promise<Date | null> {
  return cachedRead("last-record-update", readLastRecordUpdate);
}
