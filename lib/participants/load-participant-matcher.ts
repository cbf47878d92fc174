import "server-only";
import type { Database, Transaction } from "@/lib/db";
import { createParticipantMatcher } from "./match-participant";

export const MATCHABLE_PARTICIPANT_SELECT = {
  id: true,
  code: true,
  name: true,
  commonName: true,
  formalName: true,
  iso2: true,
  iso3: true,
} as const;

/** A matcher over every participant in the record (a few hundred: read once per request or import). */
export async function loadParticipantMatcher(db: Database | Transaction) {
  const participants = await db.participant.findMany({ select: MATCHABLE_PARTICIPANT_SELECT });
  return createParticipantMatcher(participants);
}
