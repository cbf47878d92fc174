import type { Database } from "@/lib/db";
import type { ActingUser } from "./acting-user";
import { loadSignInState, type SessionClaims } from "./sign-in-state";

/**
 * The user behind a session token, or null when the session is gone (signed out, expired, revoked by a
 * change of password, role or status) or still has a step to complete (a temporary password to replace,
 * two-factor sign-in to set up): such a user can do nothing but that step.
 */
export async function loadActingUser(db: Database, claims: SessionClaims, now = new Date()): Promise<ActingUser | null> {
  const state = await loadSignInState(db, claims, now);
  return state && !state.pendingStep ? state.user : null;
}
