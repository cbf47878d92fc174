import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { authenticate } from "./authenticate";
import { loadActingUser } from "./load-acting-user";
import { LOGIN_LIMITS } from "./login-throttle";
import { hashPassword } from "./password";

describe("authenticate", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
    await database.db.user.create({
      data: { email: "editor@example.org", name: "Editor", role: "editor", passwordHash: await hashPassword("correct horse battery") },
    });
  });
  afterEach(() => database.drop());

  const attempt = (password: string, client = "10.0.0.1", now = new Date()) =>
    authenticate(database.db, { email: "Editor@Example.org", password }, client, now);

  it("accepts the right password whatever the email's case", async () => {
    expect(await attempt("correct horse battery")).toMatchObject({ ok: true, user: { name: "Editor", role: "editor" } });
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    expect(await attempt("wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(database.db, { email: "nobody@example.org", password: "x" }, null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account after 10 failures, then unlocks after the lock period", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) await attempt("wrong", `10.0.0.${i}`, start);
    expect(await attempt("correct horse battery", "10.9.9.9", start)).toMatchObject({ ok: false, reason: "locked", retryAfterSeconds: 900 });
    const later = new Date(start.getTime() + LOGIN_LIMITS.account.lockMs + 1000);
    expect(await attempt("correct horse battery", "10.9.9.9", later)).toMatchObject({ ok: true });
  });

  it("locks a client that fails across many accounts", async () => {
    const now = new Date();
    for (let i = 0; i < LOGIN_LIMITS.client.maxFailures; i++) {
      await authenticate(database.db, { email: `guess${i}@example.org`, password: "x" }, "10.6.6.6", now);
    }
    expect(await attempt("correct horse battery", "10.6.6.6", now)).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt("correct horse battery", "10.0.0.2", now)).toMatchObject({ ok: true });
  });

  it("refuses deactivated accounts, and sessions whose version moved on", async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    expect(await loadActingUser(database.db, { userId: user.id, sessionVersion: user.sessionVersion })).toMatchObject({ id: user.id });
    expect(await loadActingUser(database.db, { userId: user.id, sessionVersion: user.sessionVersion - 1 })).toBeNull();
    await database.db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await attempt("correct horse battery")).toEqual({ ok: false, reason: "invalid" });
    expect(await loadActingUser(database.db, { userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();
  });
});
