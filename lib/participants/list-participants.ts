import "server-only";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { participantStatus, type ParticipantStatus } from "./participant-status";

export type ParticipantListEntry = {
  code: string;
  name: string;
  kind: "state" | "organization";
  iso2: string | null;
  iso3: string | null;
  unStatus: "member" | "observer" | null;
  region: string | null;
  subregion: string | null;
  status: ParticipantStatus;
  actions: { action: "signature" | "accession" | "withdrawal"; date: string | null; datePrecision: "day" | "month" | "year" | "unknown" }[];
};

async function readParticipants(instrumentId: string): Promise<ParticipantListEntry[]> {
  const participants = await db.participant.findMany({
    orderBy: { name: "asc" },
    select: {
      code: true, name: true, kind: true, iso2: true, iso3: true, unStatus: true, region: true, subregion: true,
      signatures: {
        where: { instrumentId, status: "published" },
        orderBy: [{ countsFrom: { sort: "asc", nulls: "last" } }, { action: "asc" }],
        select: { action: true, date: true, datePrecision: true },
      },
    },
  });
  return participants.map(({ signatures, ...participant }) => ({
    ...participant,
    status: participantStatus(signatures),
    actions: signatures,
  }));
}

/** Every participant (states and organisations) with its standing towards the instrument, by name. */
export function listParticipants(instrumentId: string): Promise<ParticipantListEntry[]> {
  return cachedRead(`participants:${instrumentId}`, () => readParticipants(instrumentId));
}
