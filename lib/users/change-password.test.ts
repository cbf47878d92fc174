import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { loadSignInState, type SignInState } from "@/lib/auth/sign-in-state";
import { createUserSession } from "@/lib/auth/user-sessions";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { changePassword } from "./change-password";
import { refusedInEnglish } from "@/tests/in-english";

const OLD = "temporary-Xq7kd9pL2mN4";
const NEW = "sunflower Berlin delegation 47";

describe("changing one's own password", () => {
  let database: TestDatabase;
  let userId: string;
  beforeEach(async () => {
    database = await createTestDatabase();
    ({ id: userId } = await database.db.user.create({
      data: {
        email: "aigerim@mission.example",
        name: "Aigerim",
        role: "editor",
        passwordHash: await hashPassword(OLD),
        mustChangePassword: true,
      },
    }));
  });
  afterEach(() => database.drop());

  async function signedIn(): Promise<SignInState> {
    const user = await database.db.user.findUniqueOrThrow({ where: { id: userId } });
    const session = await createUserSession(database.db, user);
    return (await loadSignInState(database.db, { userId, sessionId: session.id }))!;
  }
  const change = async (state: SignInState | null, input: Record<string, string>) => changePassword(database.db, state, input, "10.0.0.1");
  const valid = { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW };
  const stored = () => database.db.user.findUniqueOrThrow({ where: { id: userId } });

  it("replaces a temporary password, ends every other session and keeps this one", async () => {
    const other = await signedIn();
    const current = await signedIn();
    expect(current.pendingStep).toBe("change-password");
    await change(current, valid);
    const user = await stored();
    expect(await verifyPassword(user.passwordHash, NEW)).toBe(true);
    expect(user).toMatchObject({ mustChangePassword: false, passwordChangedAt: expect.any(Date) });
    expect(await loadSignInState(database.db, { userId, sessionId: current.sessionId })).toMatchObject({ pendingStep: null });
    expect(await loadSignInState(database.db, { userId, sessionId: other.sessionId })).toBeNull();
    expect(await authenticate(database.db, { email: "aigerim@mission.example", password: OLD }, null)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const event = await database.db.securityEvent.findFirstOrThrow({ where: { type: "password.changed" } });
    expect(event).toMatchObject({ userId, detail: "Password changed by its owner; 1 other session ended" });
    expect(JSON.stringify(event)).not.toContain(NEW);
  });

  it.each([
    [{ ...valid, currentPassword: "" }, { currentPassword: "Enter your current password" }],
    [{ ...valid, confirmPassword: `${NEW}!` }, { confirmPassword: "The two new passwords differ: type the same password in both fields" }],
    [{ ...valid, newPassword: "short pass", confirmPassword: "short pass" }, { newPassword: "Use at least 12 characters" }],
    [
      { ...valid, newPassword: "aigerim@mission.example", confirmPassword: "aigerim@mission.example" },
      { newPassword: "Do not use your email address as your password" },
    ],
    [
      { ...valid, newPassword: "qwertyuiop123", confirmPassword: "qwertyuiop123" },
      { newPassword: expect.stringMatching(/commonly used|too easy to guess/) },
    ],
    [{ ...valid, newPassword: OLD, confirmPassword: OLD }, { newPassword: "Choose a password different from your current one" }],
    [{ ...valid, currentPassword: "not my password" }, { currentPassword: "This is not your current password" }],
  ])("refuses %j with a message under the field, and changes nothing", async (input, fieldErrors) => {
    const state = await signedIn();
    const before = await stored();
    expect(await refusedInEnglish(change(state, input))).toMatchObject({ fieldErrors });
    expect(await stored()).toEqual(before);
    expect(await database.db.securityEvent.count({ where: { type: "password.changed" } })).toBe(0);
  });

  it("counts wrong current passwords towards the sign-in back-off", async () => {
    const state = await signedIn();
    expect(await refusedInEnglish(change(state, { ...valid, currentPassword: "guess one" }))).toMatchObject({ code: "validation" });
    expect(await refusedInEnglish(change(state, { ...valid, currentPassword: "guess two" }))).toMatchObject({
      code: "rate_limited",
      fieldErrors: { currentPassword: expect.stringMatching(/^Wait \d+ s/) },
    });
  });

  it("is refused without a session", async () => {
    expect(await refusedInEnglish(change(null, valid))).toMatchObject({ code: "unauthenticated" });
  });
});
