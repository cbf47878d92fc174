// GET /api/v1/changes — published changes to the record, newest first, paginated with a cursor (JSON)
import { messageKey } from "@/lib/i18n/message-key";
import { invalidParameters, jsonBody, parseQuery, preflight, publicGet } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import { CHANGES_PAGE_SIZE, changesQuerySchema, type ChangesDocument } from "@/lib/api/schema";
import { decodeChangesCursor, listPublicChanges } from "@/lib/changes/list-public-changes";
import { db } from "@/lib/db";

export const GET = publicGet(async (_request, { url }) => {
  const query = parseQuery(changesQuerySchema, url.searchParams);
  const cursor = query.cursor ? decodeChangesCursor(query.cursor) : undefined;
  if (cursor === null) throw invalidParameters({ cursor: messageKey("api.problems.cursor") });
  const since = query.since ? new Date(query.since) : undefined;
  const limit = query.limit ?? CHANGES_PAGE_SIZE.default;

  const page = await listPublicChanges(db, { since, cursor, limit });
  let next: string | null = null;
  if (page.nextCursor) {
    const nextUrl = new URL(url.pathname, url);
    for (const [key, value] of url.searchParams) if (key !== "cursor") nextUrl.searchParams.set(key, value);
    nextUrl.searchParams.set("cursor", page.nextCursor);
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  const document: ChangesDocument = {
    since: since?.toISOString() ?? null,
    generatedAt: new Date().toISOString(),
    count: page.items.length,
    items: page.items.map((change) => ({
      id: change.id,
      at: change.at.toISOString(),
      action: change.action,
      entityType: change.entityType,
      participant: change.participant ? { ...change.participant, url: participantPageUrl(change.participant.code) } : null,
      actorName: change.actorName,
      reason: change.reason,
      changedFields: change.changedFields,
    })),
    nextCursor: page.nextCursor,
    next,
  };
  return jsonBody(document);
});

export const OPTIONS = preflight;
