import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { RECORDED_FIELDS_SELECT } from "./action-fields";

/** One action with everything the correction form shows, for an editor whose scope covers its participant. */
export async function getActionForEditing(db: Database, actor: ActingUser | null, id: string) {
  const user = requireUser(actor);
  const action = await db.participantAction.findUnique({
    where: { id },
    select: {
      id: true,
      ...RECORDED_FIELDS_SELECT,
      version: true,
      updatedAt: true,
      participant: { select: { id: true, code: true, name: true, iso3: true } },
      pendingCorrection: { select: { proposed: true, reason: true, isSubmitted: true, proposedByName: true } },
    },
  });
  if (!action) throw new AppError("not_found", messageKey("validation.signature.notFound"));
  requireParticipantScope(user, action.participant.id, action.participant.name);
  return action;
}
