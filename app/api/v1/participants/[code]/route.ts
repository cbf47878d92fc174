// GET /api/v1/participants/{code} — one participant: actions, statements and published history (JSON)
import { ApiProblem, jsonBody, parseQuery, preflight, publicGet } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import { participantCodeSchema } from "@/lib/api/schema";
import { toParticipantDetail } from "@/lib/api/to-public-shapes";
import { db } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getParticipantRecord } from "@/lib/participants/get-participant-record";

export const GET = publicGet<{ code: string }>(async (_request, { params }) => {
  const { code } = parseQuery(participantCodeSchema, new URLSearchParams({ code: params.code }));
  const instrument = await getInstrument(db);
  const record = await getParticipantRecord(db, code, instrument.id);
  if (!record) {
    throw new ApiProblem(404, "not_found", messageKey("api.problems.unknownParticipant", { code }), {
      code: messageKey("api.problems.unknownParticipantCode"),
    });
  }
  return jsonBody(
    toParticipantDetail(record, {
      instrument: { slug: instrument.slug, title: instrument.title, openedOn: instrument.openedOn },
      url: participantPageUrl(code),
      now: new Date(),
    }),
  );
});

export const OPTIONS = preflight;
