import { decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authOptions } from "./auth-options";
import { encodeSessionToken, epochSeconds, isPastAbsoluteLimit, SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const claimsAt = (signedInAt: Date) => ({ userId: "u", role: "editor" as const, sessionId: "s", signedInAt: epochSeconds(signedInAt) });
const lifetimeOf = async (token: string) => {
  const claims = (await decode({ secret, token }))!;
  return Number(claims.exp) - Number(claims.iat);
};

describe("session token lifetime", () => {
  it("is a working day, not next-auth's default of 30 days", async () => {
    expect(authOptions.jwt?.maxAge).toBe(8 * 60 * 60);
    expect(authOptions.session?.maxAge).toBe(8 * 60 * 60);
    const now = new Date();
    const token = await authOptions.jwt!.encode!({ secret, token: claimsAt(now) });
    expect(await lifetimeOf(token)).toBe(SESSION_MAX_AGE_SECONDS);
  });

  it("is never refreshed past 12 hours from sign-in", async () => {
    const signedInAt = new Date("2026-01-01T08:00:00Z");
    const refreshedAt = new Date("2026-01-01T18:00:00Z"); // 10 h in: 2 h left, not 8
    const token = await encodeSessionToken({ secret, token: claimsAt(signedInAt), maxAge: 30 * 24 * 60 * 60 }, refreshedAt);
    expect(await lifetimeOf(token)).toBe(2 * 60 * 60);
    expect(isPastAbsoluteLimit(epochSeconds(signedInAt), new Date("2026-01-01T20:00:00Z"))).toBe(true);
    expect(isPastAbsoluteLimit(epochSeconds(signedInAt), new Date("2026-01-01T19:59:00Z"))).toBe(false);
    expect(isPastAbsoluteLimit(undefined)).toBe(true);
  });

  it("refuses, in next-auth's jwt callback, a token past its absolute limit (next-auth then clears the cookie)", async () => {
    const jwt = authOptions.callbacks!.jwt!;
    const signedInAt = epochSeconds() - 12 * 60 * 60 - 1;
    await expect(
      jwt({ token: { userId: "u", role: "editor", sessionId: "s", signedInAt }, account: null, user: undefined as never }),
    ).rejects.toThrow(/absolute limit/);
    const fresh = { userId: "u", role: "editor" as const, sessionId: "s", signedInAt: epochSeconds() };
    await expect(jwt({ token: fresh, account: null, user: undefined as never })).resolves.toMatchObject({ sessionId: "s" });
  });
});
