// GET /api/v1/commitments — the Code's ten commitments and their sub-points (JSON)
import { jsonBody, preflight, publicGet } from "@/lib/api/http";
import type { CommitmentsDocument } from "@/lib/api/schema";
import { db } from "@/lib/db";
import { getInstrument } from "@/lib/instruments/get-instrument";

export const GET = publicGet(async () => {
  const instrument = await getInstrument(db);
  const document: CommitmentsDocument = {
    instrument: {
      slug: instrument.slug,
      title: instrument.title,
      openedOn: instrument.openedOn,
      place: instrument.place,
      initiator: instrument.initiator,
      summary: instrument.summary,
    },
    count: instrument.commitments.length,
    items: instrument.commitments,
  };
  return jsonBody(document);
});

export const OPTIONS = preflight;
