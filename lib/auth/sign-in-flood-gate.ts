import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddressOf } from "@/lib/http/client-address";
import { createSignInRateLimiter, SIGN_IN_RATE_LIMITS } from "./sign-in-rate-limit";

// A sign-in allowance like that of sign-in-rate-limit.ts, applied by the production server before Next sees
// the request. Refusing inside next-auth already spares the password hash, but each sign-in request still costs
// Next about 4 ms of the one event loop every page shares: a flood of 220 refused sign-ins a second took
// the cached home page from 0.15 ms to 217 ms. Here a refusal costs microseconds.

const SIGN_IN_PATH = "/api/auth/callback/";

/**
 * Half as much again as next-auth's own allowance: the first refusals happen inside, where they are written
 * to the security log; the gate only stops the flood beyond them.
 */
export const FLOOD_GATE_LIMITS = {
  perClient: { points: Math.ceil(SIGN_IN_RATE_LIMITS.perClient.points * 1.5), duration: SIGN_IN_RATE_LIMITS.perClient.duration },
  overall: { points: Math.ceil(SIGN_IN_RATE_LIMITS.overall.points * 1.5), duration: SIGN_IN_RATE_LIMITS.overall.duration },
};

/** Returns a handler that answers (429) and returns true for a sign-in over the allowance; false otherwise. */
export function createSignInFloodGate(trustedProxyHops: number, origin: string) {
  const admit = createSignInRateLimiter(FLOOD_GATE_LIMITS);
  return async function refuseSignInFlood(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    if (request.method !== "POST" || !request.url?.startsWith(SIGN_IN_PATH)) return false;
    const admission = await admit(clientAddressOf(request.headers, trustedProxyHops));
    if (admission.ok) return false;
    // What next-auth itself answers for a refused sign-in, so the sign-in form shows "try again in N s".
    const body = JSON.stringify({ url: `${origin}/api/auth/error?error=${encodeURIComponent(`locked:${admission.retryAfterSeconds}`)}` });
    response.writeHead(429, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "retry-after": String(admission.retryAfterSeconds),
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    response.end(body);
    return true;
  };
}
