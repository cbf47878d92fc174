import "server-only";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";

/** Actions saved as drafts and not yet published, newest first, within the user's scope: for the dashboard. */
export async function listDraftActions(db: Database, actor: ActingUser | null) {
  const user = requireUser(actor);
  return db.participantAction.findMany({
    where: { status: "draft", ...(user.scopeParticipantIds ? { participantId: { in: user.scopeParticipantIds } } : {}) },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, action: true, updatedAt: true, participant: { select: { name: true, code: true } } },
  });
}
