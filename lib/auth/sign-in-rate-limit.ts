import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// A cheap gate in front of the sign-in check, kept in this process's memory. Checking a password costs
// about 13 ms of CPU (argon2id) on one of our two cores; 200 sign-ins at once used to push uncached public
// pages from 11 ms to 455 ms. So at most 20 passwords a second are checked in all, and at most 20 per client
// address every 10 seconds; anything over is refused before the database or the hash is touched. The
// back-off in the database (login-throttle.ts) is what stops guessing; this only bounds the work a flood
// can cause. Unknown addresses (under `next dev`) share one allowance.

export const SIGN_IN_RATE_LIMITS = {
  perClient: { points: 20, duration: 10 },
  overall: { points: 20, duration: 1 },
} as const;

type Limit = { points: number; duration: number };

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number; isFirstRefusal: boolean; limit: "client" | "overall" };

export function createSignInRateLimiter(limits: { perClient: Limit; overall: Limit } = SIGN_IN_RATE_LIMITS) {
  const perClient = new RateLimiterMemory({ keyPrefix: "sign-in-client", ...limits.perClient });
  const overall = new RateLimiterMemory({ keyPrefix: "sign-in-all", ...limits.overall });

  async function take(limiter: RateLimiterMemory, key: string, points: number, limit: "client" | "overall"): Promise<Admission> {
    try {
      await limiter.consume(key);
      return { ok: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
        isFirstRefusal: refusal.consumedPoints === points + 1,
        limit,
      };
    }
  }

  /** Whether one more sign-in check may run now for this client. */
  return async function admitSignIn(clientAddress: string | null): Promise<Admission> {
    const client = await take(perClient, clientAddress ?? "unknown", limits.perClient.points, "client");
    if (!client.ok) return client;
    return take(overall, "all", limits.overall.points, "overall");
  };
}
