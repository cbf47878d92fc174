import { AppError } from "@/lib/errors";

/** Who is asking, as loaded fresh from the database for this request (never from what the browser sent). */
export type ActingUser = {
  id: string;
  name: string;
  role: "admin" | "editor";
  /** Participants an editor may edit; null means all. */
  scopeParticipantIds: string[] | null;
};

export function requireUser(actor: ActingUser | null): ActingUser {
  if (!actor) throw new AppError("unauthenticated", "Sign in to make changes.");
  return actor;
}

export function requireAdmin(actor: ActingUser | null): ActingUser {
  const user = requireUser(actor);
  if (user.role !== "admin") throw new AppError("forbidden", "Only an administrator can do this.");
  return user;
}

export function canEditParticipant(actor: ActingUser, participantId: string): boolean {
  return actor.role === "admin" || actor.scopeParticipantIds === null || actor.scopeParticipantIds.includes(participantId);
}

export function requireParticipantScope(actor: ActingUser | null, participantId: string, participantName: string): ActingUser {
  const user = requireUser(actor);
  if (!canEditParticipant(user, participantId)) {
    throw new AppError("forbidden", `Your account may not edit records of ${participantName}. Ask an administrator to extend your scope.`);
  }
  return user;
}
