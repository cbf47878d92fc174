// GET /regions/{region}/feed.xml — Atom feed of the public changes of participants in one UN region
import { messageKey } from "@/lib/i18n/message-key";
import { ApiProblem, preflight, publicGet } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import { listPublicChanges } from "@/lib/changes/list-public-changes";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { atomResponse, FEED_LENGTH } from "@/lib/feeds/atom-response";
import { buildChangesFeed } from "@/lib/feeds/build-changes-feed";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { regionOfSlug, REGION_SLUGS } from "@/lib/feeds/region-slugs";

export const GET = publicGet<{ region: string }>(async (_request, { params }) => {
  const region = regionOfSlug(params.region);
  if (!region) {
    throw new ApiProblem(
      404,
      "not_found",
      messageKey("api.problems.unknownRegion", { region: params.region, regions: REGION_SLUGS.join(", ") }),
      {
        region: messageKey("api.problems.chooseOneOf", { values: REGION_SLUGS.join(", ") }),
      },
    );
  }
  const instrument = await getInstrument(db);
  const { items } = await listPublicChanges(db, { limit: FEED_LENGTH, region });
  return atomResponse(
    buildChangesFeed({
      origin: siteOrigin(),
      instrumentTitle: instrument.title,
      changes: items,
      participantUrl: participantPageUrl,
      scope: { kind: "region", slug: params.region, name: region },
    }),
  );
});

export const OPTIONS = preflight;
