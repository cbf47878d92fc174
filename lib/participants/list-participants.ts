import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ACTION_SUMMARY_FIELDS, PARTICIPANT_SUMMARY_FIELDS } from "@/lib/api/schema";
import { selectOf } from "@/lib/database/select-of";
import type { Database } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { participantStatus, type ParticipantStatus } from "./participant-status";

// The open API's participant list: exactly the fields of its ParticipantSummary, no more.

function participantListSelect(instrumentId: string) {
  return {
    ...selectOf(PARTICIPANT_SUMMARY_FIELDS),
    actions: {
      where: { instrumentId, status: "published" },
      orderBy: [{ countsFrom: { sort: "asc", nulls: "last" } }, { action: "asc" }],
      select: selectOf(ACTION_SUMMARY_FIELDS),
    },
  } satisfies Prisma.ParticipantSelect;
}

type ParticipantListRecord = Prisma.ParticipantGetPayload<{ select: ReturnType<typeof participantListSelect> }>;

export type ParticipantListEntry = ParticipantListRecord & { status: ParticipantStatus };

async function readParticipants(db: Database, instrumentId: string): Promise<ParticipantListEntry[]> {
  const participants = await db.participant.findMany({ orderBy: { name: "asc" }, select: participantListSelect(instrumentId) });
  return participants.map((participant) => ({ ...participant, status: participantStatus(participant.actions) }));
}

/** Every participant (states and organisations) with its standing towards the instrument, by name. */
export function listParticipants(db: Database, instrumentId: string): Promise<ParticipantListEntry[]> {
  return cachedRead(db, `participants:${instrumentId}`, () => readParticipants(db, instrumentId));
}
