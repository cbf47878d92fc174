import { AppError } from "@/lib/errors";
import { messageKey } from "@/lib/i18n/message-key";

/** Who is asking, as loaded fresh from the database for this request (never from what the browser sent). */
export type ActingUser = {
  id: string;
  name: string;
  role: "admin" | "editor";
  /** Participants an editor may edit; null means all. */
  scopeParticipantIds: string[] | null;
};

export function requireUser(actor: ActingUser | null): ActingUser {
  if (!actor) throw new AppError("unauthenticated", messageKey("validation.auth.signIn"));
  return actor;
}

export function requireAdmin(actor: ActingUser | null): ActingUser {
  const user = requireUser(actor);
  if (user.role !== "admin") throw new AppError("forbidden", messageKey("validation.auth.adminOnly"));
  return user;
}

export function canEditParticipant(actor: ActingUser, participantId: string): boolean {
  return actor.role === "admin" || actor.scopeParticipantIds === null || actor.scopeParticipantIds.includes(participantId);
}

export function requireParticipantScope(actor: ActingUser | null, participantId: string, participantName: string): ActingUser {
  const user = requireUser(actor);
  if (!canEditParticipant(user, participantId)) {
    throw new AppError("forbidden", messageKey("validation.auth.outOfScope", { participant: participantName }));
  }
  return user;
}
