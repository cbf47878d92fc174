import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";

/** The participants this user may record for, for the "Participant" list. */
export async function listEditableParticipants(db: Database, actor: ActingUser) {
  return db.participant.findMany({
    where: actor.scopeParticipantIds === null ? {} : { id: { in: actor.scopeParticipantIds } },
    orderBy: { name: "asc" },
    select: { code: true, name: true, iso3: true },
  });
}
