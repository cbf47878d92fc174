import { describe, expect, it } from "vitest";
import { createSignInRateLimiter } from "./sign-in-rate-limit";

describe("sign-in rate limit (before any password is checked)", () => {
  it("admits a client's allowance, then refuses it without affecting other clients", async () => {
    const admit = createSignInRateLimiter({ perClient: { points: 3, duration: 10 }, overall: { points: 100, duration: 1 } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => admit("203.0.113.7")));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(3);
    expect(answers.filter((answer) => !answer.ok)).toEqual([
      { ok: false, retryAfterSeconds: 10, isFirstRefusal: true, limit: "client" },
      { ok: false, retryAfterSeconds: 10, isFirstRefusal: false, limit: "client" },
    ]);
    expect(await admit("198.51.100.1")).toEqual({ ok: true });
  });

  it("bounds the checks per second across all clients, so a flood from many addresses cannot take the CPU", async () => {
    const admit = createSignInRateLimiter({ perClient: { points: 100, duration: 10 }, overall: { points: 20, duration: 1 } });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => admit(`10.0.${Math.floor(i / 250)}.${i % 250}`)));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(20);
    expect(answers.filter((answer) => !answer.ok && answer.limit === "overall")).toHaveLength(180);
  });

  it("gives unknown clients one shared allowance", async () => {
    const admit = createSignInRateLimiter({ perClient: { points: 2, duration: 10 }, overall: { points: 100, duration: 1 } });
    await admit(null);
    await admit(null);
    expect(await admit(null)).toMatchObject({ ok: false, limit: "client" });
  });
});
