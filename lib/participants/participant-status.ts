// A participant's standing towards an instrument, from its published actions.

export type ParticipantStatus = "signed" | "joined" | "withdrawn" | "not-signed";

type Action = { action: "signature" | "accession" | "withdrawal" };

/** "signed" at or after the opening, "joined" by accession, "withdrawn" once a withdrawal is recorded. */
export function participantStatus(publishedActions: readonly Action[]): ParticipantStatus {
  if (publishedActions.some((a) => a.action === "withdrawal")) return "withdrawn";
  if (publishedActions.some((a) => a.action === "signature")) return "signed";
  if (publishedActions.some((a) => a.action === "accession")) return "joined";
  return "not-signed";
}
