import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadSignInState, type SignInState } from "@/lib/auth/sign-in-state";
import { createUserSession } from "@/lib/auth/user-sessions";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { confirmTwoFactorEnrolment } from "./confirm-two-factor-enrolment";
import { getTwoFactorStatus } from "./get-two-factor-status";
import { replaceRecoveryCodes } from "./replace-recovery-codes";
import { startTwoFactorEnrolment } from "./start-two-factor-enrolment";
import { currentTotpCode } from "./totp";
import { turnOffTwoFactor } from "./turn-off-two-factor";
import { refusedInEnglish } from "@/tests/in-english";

const PASSWORD = "correct horse battery staple";

describe("two-factor enrolment", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  async function signedIn(role: "admin" | "editor", extra: { mustChangePassword?: boolean } = {}): Promise<SignInState> {
    const user = await database.db.user.create({
      data: {
        email: `${role}-${Math.random()}@example.org`,
        name: `An ${role}`,
        role,
        passwordHash: await hashPassword(PASSWORD),
        ...extra,
      },
    });
    const session = await createUserSession(database.db, user);
    return (await loadSignInState(database.db, { userId: user.id, sessionId: session.id }))!;
  }
  const secretOf = async (state: SignInState) =>
    (await database.db.user.findUniqueOrThrow({ where: { id: state.user.id } })).totpPendingSecret!;

  it("an administrator pending enrolment: QR and setup key, a code turns it on, ten recovery codes, the session is complete", async () => {
    const state = await signedIn("admin");
    expect(state.pendingStep).toBe("enrol-two-factor");
    await startTwoFactorEnrolment(database.db, state);
    const status = await getTwoFactorStatus(database.db, state);
    const secret = await secretOf(state);
    expect(status).toMatchObject({
      enabledAt: null,
      isRequired: true,
      enrolment: { setupKey: expect.stringMatching(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/) },
    });
    expect(status.enrolment!.setupKey.replaceAll(" ", "")).toBe(secret);
    expect(status.enrolment!.otpauthUri).toMatch(/^otpauth:\/\/totp\/.+secret=/);

    const { recoveryCodes } = await confirmTwoFactorEnrolment(database.db, state, { code: currentTotpCode(secret) }, "10.0.0.1");
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await database.db.recoveryCode.findMany({ where: { userId: state.user.id } });
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
    expect((await loadSignInState(database.db, { userId: state.user.id, sessionId: state.sessionId }))?.pendingStep).toBeNull();
    // Once on, the secret is never handed to a page again.
    expect((await getTwoFactorStatus(database.db, state)).enrolment).toBeNull();
    expect(await database.db.securityEvent.findFirst({ where: { type: "two_factor.enabled" } })).toMatchObject({ userId: state.user.id });
  });

  it("refuses a wrong code, a missing set-up, and a second enrolment", async () => {
    const state = await signedIn("editor");
    expect(await refusedInEnglish(confirmTwoFactorEnrolment(database.db, state, { code: "123456" }))).toMatchObject({ code: "conflict" });
    await startTwoFactorEnrolment(database.db, state);
    expect(await refusedInEnglish(confirmTwoFactorEnrolment(database.db, state, { code: "12345" }))).toMatchObject({
      fieldErrors: { code: "Enter the 6 digits your authenticator app shows" },
    });
    const wrong = currentTotpCode(await secretOf(state)) === "000000" ? "111111" : "000000";
    expect(await refusedInEnglish(confirmTwoFactorEnrolment(database.db, state, { code: wrong }))).toMatchObject({
      fieldErrors: { code: expect.stringContaining("does not match") },
    });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: state.user.id } })).toMatchObject({
      totpEnabledAt: null,
      totpSecret: null,
    });
    await confirmTwoFactorEnrolment(database.db, state, { code: currentTotpCode(await secretOf(state)) });
    expect(await refusedInEnglish(startTwoFactorEnrolment(database.db, state))).toMatchObject({ code: "conflict" });
  });

  it("is not reachable while a temporary password is pending, nor signed out", async () => {
    const state = await signedIn("editor", { mustChangePassword: true });
    expect(await refusedInEnglish(startTwoFactorEnrolment(database.db, state))).toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("temporary password"),
    });
    expect(await refusedInEnglish(startTwoFactorEnrolment(database.db, null))).toMatchObject({ code: "unauthenticated" });
  });

  it("an editor may turn it off with their password; an administrator may not", async () => {
    const editor = await signedIn("editor");
    await startTwoFactorEnrolment(database.db, editor);
    await confirmTwoFactorEnrolment(database.db, editor, { code: currentTotpCode(await secretOf(editor)) });
    expect(await refusedInEnglish(turnOffTwoFactor(database.db, editor, { currentPassword: "wrong" }))).toMatchObject({
      fieldErrors: { currentPassword: "This is not your current password" },
    });
    await database.db.loginThrottle.deleteMany(); // the wrong password above started a back-off
    await turnOffTwoFactor(database.db, editor, { currentPassword: PASSWORD });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: editor.user.id } })).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
    });
    expect(await database.db.recoveryCode.count({ where: { userId: editor.user.id } })).toBe(0);

    const admin = await signedIn("admin");
    await startTwoFactorEnrolment(database.db, admin);
    await confirmTwoFactorEnrolment(database.db, admin, { code: currentTotpCode(await secretOf(admin)) });
    const adminState = (await loadSignInState(database.db, { userId: admin.user.id, sessionId: admin.sessionId }))!;
    expect(await refusedInEnglish(turnOffTwoFactor(database.db, adminState, { currentPassword: PASSWORD }))).toMatchObject({
      code: "forbidden",
      message: "Administrators must keep two-factor sign-in.",
    });
  });

  it("new recovery codes replace the old ones, which stop working", async () => {
    const state = await signedIn("editor");
    await startTwoFactorEnrolment(database.db, state);
    const { recoveryCodes: first } = await confirmTwoFactorEnrolment(database.db, state, { code: currentTotpCode(await secretOf(state)) });
    const { recoveryCodes: second } = await replaceRecoveryCodes(database.db, state, { currentPassword: PASSWORD });
    const email = (await database.db.user.findUniqueOrThrow({ where: { id: state.user.id } })).email;
    expect(await authenticate(database.db, { email, password: PASSWORD, recoveryCode: first[0] }, null)).toEqual({
      ok: false,
      reason: "two-factor-invalid",
    });
    await database.db.loginThrottle.deleteMany();
    expect(await authenticate(database.db, { email, password: PASSWORD, recoveryCode: second[0] }, null)).toMatchObject({ ok: true });
  });
});
