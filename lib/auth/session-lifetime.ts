import { encode, type JWTEncodeParams } from "next-auth/jwt";

// How long a sign-in lasts. A token lives for a working day (8 h) from when it was last issued, and never
// past 12 h from the sign-in itself, however often it is refreshed: next-auth re-issues the cookie on
// every call to /api/auth/session, which without a limit from sign-in would keep a stolen cookie alive.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_ABSOLUTE_LIMIT_SECONDS = 12 * 60 * 60;

/** Seconds since the epoch, as JWT claims count. */
export const epochSeconds = (date = new Date()) => Math.floor(date.getTime() / 1000);

/** When a session that began at `signedInAt` (epoch seconds) ends, whatever happens in between. */
export function absoluteEndOf(signedInAt: number): number {
  return signedInAt + SESSION_ABSOLUTE_LIMIT_SECONDS;
}

export function isPastAbsoluteLimit(signedInAt: unknown, now = new Date()): boolean {
  return typeof signedInAt !== "number" || epochSeconds(now) >= absoluteEndOf(signedInAt);
}

/** next-auth's encoder, with the token's expiry capped at the absolute end of its session. */
export async function encodeSessionToken(params: JWTEncodeParams, now = new Date()): Promise<string> {
  const signedInAt = params.token?.signedInAt;
  const remaining = typeof signedInAt === "number" ? absoluteEndOf(signedInAt) - epochSeconds(now) : 0;
  const maxAge = Math.max(0, Math.min(params.maxAge ?? SESSION_MAX_AGE_SECONDS, SESSION_MAX_AGE_SECONDS, remaining));
  return encode({ ...params, maxAge });
}
