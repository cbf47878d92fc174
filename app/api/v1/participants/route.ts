// GET /api/v1/participants — every participant with its status towards the Code (JSON)
import { jsonBody, parseQuery, preflight, publicGet } from "@/lib/api/http";
import { participantPageUrl } from "@/lib/api/public-urls";
import { participantsQuerySchema, type ParticipantsDocument } from "@/lib/api/schema";
import { db } from "@/lib/db";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listParticipants } from "@/lib/participants/list-participants";

export const GET = publicGet(async (_request, { url }) => {
  const query = parseQuery(participantsQuerySchema, url.searchParams);
  const instrument = await getInstrument(db);
  const participants = (await listParticipants(db, instrument.id)).filter(
    (participant) => (!query.kind || participant.kind === query.kind) && (!query.status || participant.status === query.status),
  );
  const document: ParticipantsDocument = {
    instrument: { slug: instrument.slug, title: instrument.title, openedOn: instrument.openedOn },
    generatedAt: new Date().toISOString(),
    count: participants.length,
    items: participants.map((participant) => ({ ...participant, url: participantPageUrl(participant.code) })),
  };
  return jsonBody(document);
});

export const OPTIONS = preflight;
