import type { ParticipantAction } from "@/generated/prisma/client";
import type { RecordedField } from "@/lib/participant-actions/action-fields";

/** What a pending correction proposes: the recorded fields (always published), the day it counts from, the participant. */
export type ProposedCorrection = Pick<ParticipantAction, RecordedField | "countsFrom" | "participantId">;

export function readProposedCorrection(json: string): ProposedCorrection {
  return JSON.parse(json) as ProposedCorrection;
}
