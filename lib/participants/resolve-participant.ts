import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadParticipantMatcher } from "./load-participant-matcher";
import { unmatchedParticipantMessage } from "./match-participant";
import { CHECK_THE_FIELD } from "@/lib/validation/messages";

/**
 * Finds the participant the form's "Participant" box names: its code ("kaz", "KAZ"), its ISO alpha-2, its
 * UN, common or formal name or a usual variant ("Turkey", "Ivory Coast"), ignoring case and accents, or
 * the list's own wording "Kazakhstan — KAZ". Matching is match-participant.ts, shared with the import.
 */
export async function resolveParticipant(db: Database, reference: string) {
  const text = reference.trim();
  const fromList = /\s[—-]\s*([A-Za-z0-9-]+)$/.exec(text)?.[1];
  const match = (await loadParticipantMatcher(db))(fromList ?? text);
  if (!match.ok) {
    throw new AppError("validation", CHECK_THE_FIELD, { participant: unmatchedParticipantMessage(text, match) });
  }
  const { id, code, name } = match.participant;
  return { id, code, name };
}
