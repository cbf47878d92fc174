// GET /feed.xml — Atom feed of new signatures and corrections
import { preflight, publicGet } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import { listPublicChanges } from "@/lib/changes/list-public-changes";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { atomResponse, FEED_LENGTH } from "@/lib/feeds/atom-response";
import { buildChangesFeed } from "@/lib/feeds/build-changes-feed";
import { getInstrument } from "@/lib/instruments/get-instrument";

export const GET = publicGet(async () => {
  const instrument = await getInstrument(db);
  const { items } = await listPublicChanges(db, { limit: FEED_LENGTH, actionPrefix: "signature." });
  const xml = buildChangesFeed({
    origin: siteOrigin(),
    instrumentTitle: instrument.title,
    changes: items,
    participantUrl: participantPageUrl,
  });
  return atomResponse(xml);
});

export const OPTIONS = preflight;
