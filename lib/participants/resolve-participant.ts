import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Finds the participant the form's "Participant" box names: its code ("kaz", "KAZ"), its ISO alpha-2, its
 * name, or the list's own wording "Kazakhstan — KAZ".
 */
export async function resolveParticipant(db: Database, reference: string) {
  const text = reference.trim();
  const fromList = /\s[—-]\s*([A-Za-z0-9-]+)$/.exec(text)?.[1];
  const code = (fromList ?? text).toLowerCase();
  const participant = await db.participant.findFirst({
    where: { OR: [{ code }, { iso2: code.toUpperCase() }, { name: text }, { commonName: text }] },
    select: { id: true, code: true, name: true },
  });
  if (!participant) {
    throw new AppError("validation", "Check the highlighted field.", {
      participant: `No state or organisation matches “${text.slice(0, 60)}”: type a name or ISO code and pick it from the list`,
    });
  }
  return participant;
}
