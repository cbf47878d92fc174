import "server-only";
import { changedFields } from "@/lib/audit/changed-fields";
import type { Database } from "@/lib/db";
import { RECORDED_FIELDS } from "@/lib/participant-actions/action-fields";
import { cachedRead } from "@/lib/record/cached-read";

/** One published change to the record, as the change list and the Atom feed show it. */
export type PublicChange = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  participant: { code: string; name: string } | null;
  actorName: string;
  reason: string | null;
  changedFields: string[];
  /** signature, accession or withdrawal: what the changed entry records (from its snapshot), when known. */
  recordedAction: string | null;
};

/** Where the next page starts: the last change shown (time and id break ties between same-time changes). */
export type ChangesCursor = { at: Date; id: string };

export function encodeChangesCursor(cursor: ChangesCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");
}

/** The cursor in a page's nextCursor, or null when it is not one of ours. */
export function decodeChangesCursor(value: string): ChangesCursor | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [at, id] = decoded as unknown[];
    if (typeof at !== "string" || typeof id !== "string" || Number.isNaN(Date.parse(at))) return null;
    return { at: new Date(at), id };
  } catch {
    return null;
  }
}

function recordedActionOf(before: string | null, after: string | null): string | null {
  for (const snapshot of [after, before]) {
    if (!snapshot) continue;
    const action = (JSON.parse(snapshot) as { action?: unknown }).action;
    if (typeof action === "string") return action;
  }
  return null;
}

type ChangesQuery = {
  since?: Date;
  cursor?: ChangesCursor;
  limit: number;
  actionPrefix?: string;
  /** Only one participant's changes (its code), or only those of participants in one UN region. */
  participantCode?: string;
  region?: string;
};

async function readPublicChanges(db: Database, options: ChangesQuery) {
  const entries = await db.auditEntry.findMany({
    where: {
      isPublic: true,
      ...(options.actionPrefix ? { action: { startsWith: options.actionPrefix } } : {}),
      ...(options.participantCode || options.region
        ? {
            participant: {
              ...(options.participantCode ? { code: options.participantCode } : {}),
              ...(options.region ? { region: options.region } : {}),
            },
          }
        : {}),
      AND: [
        options.since ? { createdAt: { gte: options.since } } : {},
        options.cursor
          ? { OR: [{ createdAt: { lt: options.cursor.at } }, { createdAt: options.cursor.at, id: { lt: options.cursor.id } }] }
          : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    // Never the actor's id or email: the display name recorded at the time is what the public history shows.
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      actorName: true,
      reason: true,
      before: true,
      after: true,
      participant: { select: { code: true, name: true } },
    },
  });
  const page: PublicChange[] = entries.slice(0, options.limit).map((entry) => ({
    id: entry.id,
    at: entry.createdAt,
    action: entry.action,
    entityType: entry.entityType,
    participant: entry.participant,
    actorName: entry.actorName,
    reason: entry.reason,
    changedFields: changedFields(RECORDED_FIELDS, entry.before, entry.after),
    recordedAction: recordedActionOf(entry.before, entry.after),
  }));
  const last = page.at(-1);
  return { items: page, nextCursor: entries.length > options.limit && last ? encodeChangesCursor({ at: last.at, id: last.id }) : null };
}

/** Published changes, newest first, one page at a time. */
export function listPublicChanges(db: Database, options: ChangesQuery) {
  const key = `changes:${options.since?.toISOString() ?? ""}:${options.cursor ? encodeChangesCursor(options.cursor) : ""}:${options.limit}:${options.actionPrefix ?? ""}:${options.participantCode ?? ""}:${options.region ?? ""}`;
  return cachedRead(db, key, () => readPublicChanges(db, options));
}
