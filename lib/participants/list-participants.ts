import "server-only";
import type { ActionKind, DatePrecision, ParticipantKind, UnStatus } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { participantStatus, type ParticipantStatus } from "./participant-status";

export type ParticipantListEntry = {
  code: string;
  name: string;
  kind: ParticipantKind;
  iso2: string | null;
  iso3: string | null;
  unStatus: UnStatus | null;
  region: string | null;
  subregion: string | null;
  status: ParticipantStatus;
  actions: { action: ActionKind; date: string | null; datePrecision: DatePrecision }[];
};

async function readParticipants(db: Database, instrumentId: string): Promise<ParticipantListEntry[]> {
  const participants = await db.participant.findMany({
    orderBy: { name: "asc" },
    select: {
      code: true, name: true, kind: true, iso2: true, iso3: true, unStatus: true, region: true, subregion: true,
      actions: {
        where: { instrumentId, status: "published" },
        orderBy: [{ countsFrom: { sort: "asc", nulls: "last" } }, { action: "asc" }],
        select: { action: true, date: true, datePrecision: true },
      },
    },
  });
  return participants.map(({ actions, ...participant }) => ({ ...participant, status: participantStatus(actions), actions }));
}

/** Every participant (states and organisations) with its standing towards the instrument, by name. */
export function listParticipants(db: Database, instrumentId: string): Promise<ParticipantListEntry[]> {
  return cachedRead(db, `participants:${instrumentId}`, () => readParticipants(db, instrumentId));
}
