// GET /signatories/{code}/feed.xml — Atom feed of one participant's public changes
import { messageKey } from "@/lib/i18n/message-key";
import { ApiProblem, parseQuery, preflight, publicGet } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import { participantCodeSchema } from "@/lib/api/schema";
import { listPublicChanges } from "@/lib/changes/list-public-changes";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { atomResponse, FEED_LENGTH } from "@/lib/feeds/atom-response";
import { buildChangesFeed } from "@/lib/feeds/build-changes-feed";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getParticipantRecord } from "@/lib/participants/get-participant-record";

export const GET = publicGet<{ code: string }>(async (_request, { params }) => {
  const { code } = parseQuery(participantCodeSchema, new URLSearchParams({ code: params.code }));
  const instrument = await getInstrument(db);
  const record = await getParticipantRecord(db, code, instrument.id);
  if (!record)
    throw new ApiProblem(404, "not_found", messageKey("api.problems.unknownParticipantInFeed", { code }), {
      code: messageKey("api.problems.unknownParticipantCode"),
    });
  const { items } = await listPublicChanges(db, { limit: FEED_LENGTH, participantCode: code });
  return atomResponse(
    buildChangesFeed({
      origin: siteOrigin(),
      instrumentTitle: instrument.title,
      changes: items,
      participantUrl: participantPageUrl,
      scope: { kind: "participant", code, name: record.participant.name },
    }),
  );
});

export const OPTIONS = preflight;
