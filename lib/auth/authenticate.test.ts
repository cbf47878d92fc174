import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { createRecoveryCodes, hashRecoveryCode } from "@/lib/two-factor/recovery-codes";
import { createTotpSecret, currentTotpCode } from "@/lib/two-factor/totp";
import { authenticate } from "./authenticate";
import { accountThrottleKey } from "./login-throttle";
import { hashPassword } from "./password";
import { loadSignInState } from "./sign-in-state";

const PASSWORD = "correct horse battery";

describe("authenticate", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
    await database.db.user.create({
      data: { email: "editor@example.org", name: "Editor", role: "editor", passwordHash: await hashPassword(PASSWORD) },
    });
  });
  afterEach(() => database.drop());

  const attempt = (password: string, options: { client?: string; now?: Date; code?: string; recoveryCode?: string } = {}) =>
    authenticate(
      database.db,
      { email: "Editor@Example.org", password, code: options.code, recoveryCode: options.recoveryCode },
      options.client ?? "10.0.0.1",
      options.now ?? new Date(),
    );
  const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);
  const accountRow = () => database.db.loginThrottle.findUnique({ where: { key: accountThrottleKey("editor@example.org") } });

  it("accepts the right password whatever the email's case, and starts a server-side session", async () => {
    const result = await attempt(PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { name: "Editor", role: "editor" } });
    if (!result.ok) return;
    const state = await loadSignInState(database.db, { userId: result.user.id, sessionId: result.session.id });
    expect(state).toMatchObject({ user: { name: "Editor" }, pendingStep: null });
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    expect(await attempt("wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(database.db, { email: "nobody@example.org", password: "x" }, null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("backs off exponentially per account — 1 s, 2 s, 4 s … capped at a minute — refusing, uncounted, attempts made during a wait", async () => {
    let now = new Date("2026-01-01T10:00:00Z");
    const waits: number[] = [];
    for (let failure = 1; failure <= 9; failure++) {
      expect(await attempt("wrong", { now, client: `10.0.1.${failure}` })).toEqual({ ok: false, reason: "invalid" });
      const blocked = await attempt(PASSWORD, { now: later(now, 0.5), client: "10.0.2.1" });
      expect(blocked).toMatchObject({ ok: false, reason: "locked" });
      const row = await accountRow();
      waits.push((row!.blockedUntil.getTime() - now.getTime()) / 1000);
      expect(row!.failures).toBe(failure); // the refused attempt was not counted
      now = row!.blockedUntil;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("no longer locks an account for 15 minutes after 10 wrong passwords: its owner gets in a minute after the last one", async () => {
    let now = new Date("2026-01-01T10:00:00Z");
    let lastFailure = now;
    for (let failure = 1; failure <= 10; failure++) {
      lastFailure = now;
      await attempt("wrong", { now });
      now = (await accountRow())!.blockedUntil;
    }
    expect(await attempt(PASSWORD, { now: later(lastFailure, 60), client: "10.9.9.9" })).toMatchObject({ ok: true });
    expect(await accountRow()).toBeNull(); // a completed sign-in clears the account's counter
  });

  it("checks one guess of a parallel burst, not ten or twelve", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`wrong ${i}`, { now, client: `10.0.3.${i}` })));
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "locked")).toHaveLength(19);
    expect((await accountRow())!.failures).toBe(1);
  });

  it("pauses a client address that fails across many accounts, and no other", async () => {
    const now = new Date();
    for (let i = 0; i < 50; i++) await authenticate(database.db, { email: `guess${i}@example.org`, password: "x" }, "10.6.6.6", now);
    await authenticate(database.db, { email: "guess-last@example.org", password: "x" }, "10.6.6.6", now);
    expect(await attempt(PASSWORD, { client: "10.6.6.6", now })).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt(PASSWORD, { client: "10.0.0.2", now })).toMatchObject({ ok: true });
  });

  it("refuses deactivated accounts with the same answer", async () => {
    await database.db.user.update({ where: { email: "editor@example.org" }, data: { isActive: false } });
    expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("records failed sign-ins in the security log without the password or what was typed as the email", async () => {
    await attempt("hunter2 secret");
    await authenticate(database.db, { email: "typed-a-password-here@x", password: "another secret" }, "10.0.0.5");
    const events = await database.db.securityEvent.findMany({ orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.type, event.clientAddress])).toEqual([
      ["sign_in.failed", "10.0.0.1"],
      ["sign_in.failed", "10.0.0.5"],
    ]);
    expect(events[0]!.detail).toContain("Wrong password");
    expect(events[1]!.detail).toContain("Unknown account");
    expect(JSON.stringify(events)).not.toMatch(/hunter2|another secret|typed-a-password/);
  });

  it("logs a back-off once, not once per refused request", async () => {
    const now = new Date();
    await attempt("wrong", { now });
    for (let i = 0; i < 5; i++) await attempt("wrong", { now });
    expect(await database.db.securityEvent.count({ where: { type: "sign_in.backoff" } })).toBe(1);
  });

  describe("with two-factor sign-in", () => {
    let secret: string;
    let recoveryCodes: string[];
    beforeEach(async () => {
      secret = createTotpSecret();
      recoveryCodes = createRecoveryCodes();
      const user = await database.db.user.update({
        where: { email: "editor@example.org" },
        data: { totpSecret: secret, totpEnabledAt: new Date() },
      });
      for (const code of recoveryCodes)
        await database.db.recoveryCode.create({ data: { userId: user.id, codeHash: hashRecoveryCode(code) } });
    });

    it("asks for the second factor after the right password, without counting a failure or starting a session", async () => {
      expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "two-factor-required" });
      expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "two-factor-required" }); // not held back
      expect((await accountRow())?.failures ?? 0).toBe(0);
      expect(await database.db.userSession.count()).toBe(0);
    });

    it("accepts the app's code once: the same code again is refused and counted", async () => {
      const now = new Date();
      const code = currentTotpCode(secret, now);
      expect(await attempt(PASSWORD, { code, now })).toMatchObject({ ok: true });
      expect(await attempt(PASSWORD, { code, now: later(now, 2) })).toEqual({ ok: false, reason: "two-factor-invalid" });
      expect((await accountRow())!.failures).toBe(1);
    });

    it("counts wrong codes towards the back-off like wrong passwords", async () => {
      const now = new Date();
      expect(await attempt(PASSWORD, { code: "000000", now })).toEqual({ ok: false, reason: "two-factor-invalid" });
      expect(await attempt(PASSWORD, { code: currentTotpCode(secret, now), now })).toMatchObject({ ok: false, reason: "locked" });
      const event = await database.db.securityEvent.findFirstOrThrow({ where: { type: "sign_in.failed" } });
      expect(event.detail).toContain("authentication code");
    });

    it("accepts each recovery code once, whatever its case and dashes", async () => {
      const now = new Date();
      const code = recoveryCodes[3]!;
      expect(await attempt(PASSWORD, { recoveryCode: code.toUpperCase().replace("-", " "), now })).toMatchObject({ ok: true });
      expect(await attempt(PASSWORD, { recoveryCode: code, now: later(now, 5) })).toEqual({ ok: false, reason: "two-factor-invalid" });
      expect(await database.db.recoveryCode.count({ where: { usedAt: null } })).toBe(9);
      expect(await database.db.securityEvent.findFirst({ where: { type: "two_factor.recovery_code_used" } })).toMatchObject({
        detail: "9 recovery codes left",
      });
    });

    it("never accepts a second factor with a wrong password", async () => {
      expect(await attempt("wrong", { code: currentTotpCode(secret) })).toEqual({ ok: false, reason: "invalid" });
    });
  });
});
