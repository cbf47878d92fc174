import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { authenticate } from "@/lib/auth/authenticate";
import { loadSignInState } from "@/lib/auth/sign-in-state";
import { createUserSession } from "@/lib/auth/user-sessions";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { resetPassword } from "./reset-password";
import { refusedInEnglish } from "@/tests/in-english";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("an administrator resetting a password", () => {
  let database: Database;
  let admin: ActingUser;
  let editor: ActingUser;
  beforeEach(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
    editor = await database.actingUser("editor");
  });
  afterEach(() => database.drop());

  it("sets a temporary password, shown once, that must be changed at the next sign-in; every session of the account ends", async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { id: editor.id } });
    const session = await createUserSession(database.db, user);
    const { temporaryPassword, name } = await resetPassword(database.db, admin, { id: editor.id, reason: "Forgot it" }, "10.0.0.9");
    expect(name).toBe("Test editor");
    expect(await loadSignInState(database.db, { userId: editor.id, sessionId: session.id })).toBeNull();
    const signIn = await authenticate(database.db, { email: user.email, password: temporaryPassword }, null);
    expect(signIn.ok).toBe(true);
    if (!signIn.ok) return;
    expect(await loadSignInState(database.db, { userId: editor.id, sessionId: signIn.session.id })).toMatchObject({
      pendingStep: "change-password",
    });
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "user.reset_password", entityId: editor.id } });
    expect(audit).toMatchObject({ actorName: admin.name, reason: "Forgot it" });
    const event = await database.db.securityEvent.findFirstOrThrow({ where: { type: "password.reset" } });
    expect(event).toMatchObject({ userId: editor.id, actorName: admin.name, clientAddress: "10.0.0.9" });
    expect(JSON.stringify([audit, event])).not.toContain(temporaryPassword);
  });

  it("removes two-factor sign-in only when asked", async () => {
    await database.db.user.update({ where: { id: editor.id }, data: { totpSecret: "SECRET", totpEnabledAt: new Date() } });
    await resetPassword(database.db, admin, { id: editor.id });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ totpSecret: "SECRET" });
    await resetPassword(database.db, admin, { id: editor.id, removeTwoFactor: "true" });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null });
  });

  it("refuses one's own account, an unknown one and a bad checkbox value, writing nothing", async () => {
    const before = await database.snapshot();
    expect(await refusedInEnglish(resetPassword(database.db, admin, { id: admin.id }))).toMatchObject({
      code: "conflict",
      message: "Change your own password on your account page.",
    });
    expect(await refusedInEnglish(resetPassword(database.db, admin, { id: "cmnotarealid000000000000" }))).toMatchObject({
      code: "not_found",
    });
    expect(await refusedInEnglish(resetPassword(database.db, admin, { id: editor.id, removeTwoFactor: "yes" }))).toMatchObject({
      fieldErrors: { removeTwoFactor: "Tick the box or leave it empty" },
    });
    expect(await database.snapshot()).toEqual(before);
  });
});
