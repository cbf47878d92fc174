import "server-only";
import type { Database } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { INSTRUMENT_SLUG } from "./instrument-slug";

function readInstrument(db: Database, slug: string) {
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
export function getInstrument(db: Database, slug: string = INSTRUMENT_SLUG) {
  return cachedRead(db, `instrument:${slug}`, () => readInstrument(db, slug));
}
