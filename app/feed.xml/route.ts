// GET /feed.xml — Atom feed of new signatures and corrections
import { preflight, publicGet } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import { listPublicChanges } from "@/lib/changes/list-public-changes";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { buildChangesFeed } from "@/lib/feeds/build-changes-feed";
import { getInstrument } from "@/lib/instruments/get-instrument";

const FEED_LENGTH = 50;

export const GET = publicGet(async () => {
  const instrument = await getInstrument(db);
  const { items } = await listPublicChanges(db, { limit: FEED_LENGTH, actionPrefix: "signature." });
  const xml = buildChangesFeed({
    origin: siteOrigin(),
    instrumentTitle: instrument.title,
    changes: items,
    participantUrl: participantPageUrl,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
});

export const OPTIONS = preflight;
