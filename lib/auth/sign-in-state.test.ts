import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { loadActingUser } from "./load-acting-user";
import { loadSignInState, requireSignedIn } from "./sign-in-state";
import { createUserSession, revokeUserSession } from "./user-sessions";
import { refusedInEnglish } from "@/tests/in-english";

describe("server-side sessions", () => {
  let database: TestDatabase;
  let user: { id: string; sessionVersion: number };
  beforeEach(async () => {
    database = await createTestDatabase();
    user = await database.db.user.create({
      data: { email: "e@example.org", name: "Editor", role: "editor", passwordHash: "x" },
      select: { id: true, sessionVersion: true },
    });
  });
  afterEach(() => database.drop());

  const claimsOf = (session: { id: string }) => ({ userId: user.id, sessionId: session.id });

  it("a signed-out session is dead, wherever its cookie was copied", async () => {
    const session = await createUserSession(database.db, user);
    expect(await loadActingUser(database.db, claimsOf(session))).toMatchObject({ id: user.id });
    await revokeUserSession(database.db, session.id);
    expect(await loadActingUser(database.db, claimsOf(session))).toBeNull();
  });

  it("ends 12 hours after sign-in, however active it was", async () => {
    const signedInAt = new Date("2026-01-01T08:00:00Z");
    const session = await createUserSession(database.db, user, signedInAt);
    expect(await loadActingUser(database.db, claimsOf(session), new Date("2026-01-01T19:59:59Z"))).not.toBeNull();
    expect(await loadActingUser(database.db, claimsOf(session), new Date("2026-01-01T20:00:00Z"))).toBeNull();
  });

  it("ends when the account's session version moves on (password, role or status changed) or the account is deactivated", async () => {
    const session = await createUserSession(database.db, user);
    await database.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActingUser(database.db, claimsOf(session))).toBeNull();
    const fresh = await createUserSession(database.db, { id: user.id, sessionVersion: user.sessionVersion + 1 });
    expect(await loadActingUser(database.db, claimsOf(fresh))).not.toBeNull();
    await database.db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await loadActingUser(database.db, claimsOf(fresh))).toBeNull();
  });

  it("refuses a token naming another user's session, or missing claims", async () => {
    const session = await createUserSession(database.db, user);
    expect(await loadSignInState(database.db, { userId: "someone-else", sessionId: session.id })).toBeNull();
    expect(await loadSignInState(database.db, { userId: user.id })).toBeNull();
    expect(await loadSignInState(database.db, null)).toBeNull();
  });

  it("holds a temporary password's session, and an administrator's without two-factor sign-in, at their pending step", async () => {
    await database.db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const session = await createUserSession(database.db, user);
    const state = await loadSignInState(database.db, claimsOf(session));
    expect(state?.pendingStep).toBe("change-password");
    expect(await loadActingUser(database.db, claimsOf(session))).toBeNull();
    expect((await refusedInEnglish(Promise.resolve().then(() => requireSignedIn(state)))).message).toMatch(
      /Change your temporary password first/,
    );
    expect(requireSignedIn(state, "change-password").user.id).toBe(user.id);
    expect((await refusedInEnglish(Promise.resolve().then(() => requireSignedIn(state, "enrol-two-factor")))).message).toMatch(
      /temporary password/,
    );

    await database.db.user.update({ where: { id: user.id }, data: { mustChangePassword: false, role: "admin" } });
    expect((await loadSignInState(database.db, claimsOf(session)))?.pendingStep).toBe("enrol-two-factor");
    await database.db.user.update({ where: { id: user.id }, data: { totpSecret: "X", totpEnabledAt: new Date() } });
    expect((await loadSignInState(database.db, claimsOf(session)))?.pendingStep).toBeNull();
  });

  it("refuses anonymous callers as unauthenticated", () => {
    expect(() => requireSignedIn(null)).toThrow(expect.objectContaining({ code: "unauthenticated" }) as Error);
  });
});
