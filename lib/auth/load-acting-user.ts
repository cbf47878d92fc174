import type { Database } from "@/lib/db";
import type { ActingUser } from "./acting-user";

/**
 * The user behind a session token, or null when the account is gone, deactivated, or its session version
 * moved on (role change, deactivation): such tokens stop working on the next request, not at expiry.
 */
export async function loadActingUser(db: Database, token: { userId?: unknown; sessionVersion?: unknown } | null): Promise<ActingUser | null> {
  if (!token || typeof token.userId !== "string" || typeof token.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: token.userId },
    select: { id: true, name: true, role: true, isActive: true, sessionVersion: true, editableParticipants: { select: { id: true } } },
  });
  if (!user || !user.isActive || user.sessionVersion !== token.sessionVersion) return null;
  const scope = user.editableParticipants.map((participant) => participant.id);
  return { id: user.id, name: user.name, role: user.role, scopeParticipantIds: user.role === "admin" || scope.length === 0 ? null : scope };
}
