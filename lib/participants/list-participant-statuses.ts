import "server-only";
import type { ActionKind } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { participantStatus, type ParticipantStatus } from "./participant-status";
import { PUBLIC_PARTICIPANT_SELECT, type PublicParticipant } from "./public-participant";

/** One participant's standing as the record stood on a day (or today), for the map and the outreach list. */
export type ParticipantStanding = PublicParticipant & {
  status: ParticipantStatus;
  /** A published action with no known date exists: "as of" a day it can be neither counted nor ruled out. */
  hasUndatedAction: boolean;
};

type CountedAction = { action: ActionKind; countsFrom: string | null };

/** The status from the actions that count on `asOf` (their whole dated period had passed), or from all of them. */
export function standingAsOf(actions: readonly CountedAction[], asOf?: string) {
  const counted = asOf ? actions.filter((a) => a.countsFrom !== null && a.countsFrom <= asOf) : actions;
  return {
    status: participantStatus(counted),
    hasUndatedAction: Boolean(asOf) && actions.some((a) => a.countsFrom === null),
  };
}

async function readParticipantStatuses(db: Database, instrumentId: string, asOf?: string): Promise<ParticipantStanding[]> {
  const participants = await db.participant.findMany({
    orderBy: { name: "asc" },
    select: {
      ...PUBLIC_PARTICIPANT_SELECT,
      actions: { where: { instrumentId, status: "published" }, select: { action: true, countsFrom: true } },
    },
  });
  return participants.map(({ actions, ...participant }) => ({ ...participant, ...standingAsOf(actions, asOf) }));
}

/** Every participant (UN states and organisations) with its status, as of a day (YYYY-MM-DD) or today. */
export function listParticipantStatuses(db: Database, instrumentId: string, asOf?: string): Promise<ParticipantStanding[]> {
  return cachedRead(db, `participant-statuses:${instrumentId}:${asOf ?? ""}`, () => readParticipantStatuses(db, instrumentId, asOf));
}

/**
 * UN member and observer states with no published action counted on `asOf`: the outreach list. States whose
 * only action has no known date are left out when `asOf` is given (they may well have signed by then).
 */
export function selectNonSignatories(standings: readonly ParticipantStanding[]) {
  const unStates = standings.filter((p) => p.kind === "state" && p.unStatus !== null && p.status === "not-signed");
  return {
    nonSignatories: unStates.filter((p) => !p.hasUndatedAction),
    undatedLeftOut: unStates.filter((p) => p.hasUndatedAction),
  };
}
