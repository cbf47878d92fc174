import "server-only";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";

export type InstrumentWithCommitments = Awaited<ReturnType<typeof readInstrument>>;

function readInstrument(slug: string) {
  return db.instrument.findUniqueOrThrow({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      shortTitle: true,
      openedOn: true,
      place: true,
      initiator: true,
      summary: true,
      sourceTitle: true,
      sourceUrl: true,
      commitments: {
        orderBy: { number: "asc" },
        select: { number: true, text: true, points: { orderBy: { position: "asc" }, select: { position: true, text: true } } },
      },
    },
  });
}

/** The Code of Conduct and its commitments (the only instrument so far). */
export function getInstrument(slug: string = INSTRUMENT_SLUG) {
  return cachedRead(`instrument:${slug}`, () => readInstrument(slug));
}
