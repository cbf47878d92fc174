import type { ActionKind } from "@/generated/prisma/enums";

// A participant's standing towards an instrument, from its published actions. The open API publishes
// these values as they are.

export const PARTICIPANT_STATUSES = ["signed", "joined", "withdrawn", "not-signed"] as const;

export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** "signed" at or after the opening, "joined" by accession, "withdrawn" once a withdrawal is recorded. */
export function participantStatus(publishedActions: readonly { action: ActionKind }[]): ParticipantStatus {
  if (publishedActions.some((a) => a.action === "withdrawal")) return "withdrawn";
  if (publishedActions.some((a) => a.action === "signature")) return "signed";
  if (publishedActions.some((a) => a.action === "accession")) return "joined";
  return "not-signed";
}
