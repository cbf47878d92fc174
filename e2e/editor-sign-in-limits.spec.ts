import { randomUUID } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { SIGN_IN_RATE_LIMITS } from "@/lib/auth/sign-in-rate-limit";
import { E2E_BASE_URL } from "./e2e-settings";
import { createAccount, signIn } from "./editor-data";
import { expect, test } from "./fixtures";

// The per-client limit keys on the address the server saw, not on what the caller writes in
// X-Forwarded-For (the e2e server trusts no proxy, as by default).

async function attempt(request: import("@playwright/test").APIRequestContext, email: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-for": forwardedFor, "x-client-address": forwardedFor },
    form: { csrfToken, email, password: "a wrong password", json: "true" },
    maxRedirects: 0,
  });
  return decodeURIComponent(((await response.json()) as { url: string }).url);
}

test("a new X-Forwarded-For value on every guess does not make a new client: password spraying from one address is refused", async ({
  db,
}) => {
  test.setTimeout(60_000);
  const sprayer = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const answers: string[] = [];
  // Each guess at a different account, each claiming another client address (and forging our own header).
  // The allowance is a fixed window that earlier tests may have started: across a window's end up to two
  // allowances can pass, never more.
  for (let i = 0; i <= 2 * SIGN_IN_RATE_LIMITS.perClient.points && !answers.at(-1)?.includes("error=locked"); i++) {
    answers.push(await attempt(sprayer, `sprayed-${randomUUID()}@e2e.test`, `198.51.100.${i + 1}`));
  }
  expect(answers.at(-1)).toMatch(/error=locked:\d+/);
  expect(answers.slice(0, -1).every((url) => url.includes("error=CredentialsSignin"))).toBe(true);
  // Every failure was counted against the one real address, none against the forged ones.
  const clientRows = await db.loginThrottle.findMany({ where: { key: { startsWith: "client:" } } });
  expect(clientRows.map((row) => row.key)).not.toContain("client:198.51.100.1");
  expect(Math.max(...clientRows.map((row) => row.failures))).toBeGreaterThanOrEqual(answers.length - 1);
  const events = await db.securityEvent.findMany({
    where: { type: { in: ["sign_in.failed", "sign_in.rate_limited"] }, clientAddress: { startsWith: "198.51.100." } },
  });
  expect(events).toEqual([]);
  expect(await db.securityEvent.count({ where: { type: "sign_in.rate_limited" } })).toBeGreaterThanOrEqual(1);

  // Let the rest of the suite sign in from this address again: the in-memory allowance refills in 10 s,
  // and the database counter of this spraying run is removed.
  await db.loginThrottle.deleteMany({ where: { key: { startsWith: "client:" } } });
  await new Promise((resolve) => setTimeout(resolve, SIGN_IN_RATE_LIMITS.perClient.duration * 1000 + 500));
  await signIn(sprayer, await createAccount(db));
  await sprayer.dispose();
});
