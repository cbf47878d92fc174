import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db";
import { SESSION_ABSOLUTE_LIMIT_SECONDS } from "./session-lifetime";

// Server-side sessions. The encrypted session cookie names one of these rows; every request checks that
// it still exists, has not expired and was made under the user's current session version. Signing out
// deletes the row, so a copy of the cookie kept anywhere stops working at once.

/** Starts a session for a user whose password (and second factor, if any) was just verified. */
export async function createUserSession(
  db: Database,
  user: { id: string; sessionVersion: number },
  now = new Date(),
): Promise<{ id: string; signedInAt: Date }> {
  const id = randomBytes(32).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId: user.id,
      sessionVersion: user.sessionVersion,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIMIT_SECONDS * 1000),
    },
  });
  return { id, signedInAt: now };
}

/** Ends one session (sign-out). Unknown ids are ignored: signing out twice is not an error. */
export async function revokeUserSession(db: Database, sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string" || sessionId.length > 100) return;
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Expired sessions are dead already; this only keeps the table small. */
export async function pruneExpiredSessions(db: Database, now = new Date()): Promise<number> {
  return (await db.userSession.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
