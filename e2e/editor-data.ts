import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";
import { createTotpSecret, currentTotpCode } from "@/lib/two-factor/totp";

// Accounts and sign-in for editor tests: each test makes its own user with a unique email, and signs in
// through next-auth's own endpoints rather than clicking through the form (a few tests cover the form).
// Administrators must have two-factor sign-in, so an admin account comes with a TOTP secret, and the
// sign-in helper plays the authenticator app.

export type TestAccount = { id: string; email: string; password: string; name: string; totpSecret?: string };

export async function createAccount(
  db: Database,
  options: { role?: "admin" | "editor"; scope?: string[]; name?: string; twoFactor?: boolean; mustChangePassword?: boolean } = {},
): Promise<TestAccount> {
  const unique = randomUUID().slice(0, 8);
  const role = options.role ?? "editor";
  const email = `${role}-${unique}@e2e.test`;
  const password = `password-${unique}-long`;
  const name = options.name ?? `Test ${role} ${unique}`;
  const totpSecret = (options.twoFactor ?? role === "admin") ? createTotpSecret() : undefined;
  const user = await db.user.create({
    data: {
      email,
      name,
      role,
      passwordHash: await hashPassword(password),
      mustChangePassword: options.mustChangePassword ?? false,
      ...(totpSecret ? { totpSecret, totpEnabledAt: new Date() } : {}),
      editableParticipants: { connect: (options.scope ?? []).map((code) => ({ code })) },
    },
    select: { id: true },
  });
  return { id: user.id, email, password, name, totpSecret };
}

// Each code is accepted once (RFC 6238 §5.2): the last step used per secret, so that two sign-ins of one
// account within 30 seconds use the next step's code (accepted while the clock is within one step of it).
const lastStepUsed = new Map<string, number>();

/** A code an authenticator app would show now, never one already used by these tests. */
export async function unusedTotpCode(secret: string): Promise<string> {
  const currentStep = Math.floor(Date.now() / 30_000);
  const step = Math.max(currentStep, (lastStepUsed.get(secret) ?? -1) + 1);
  // Both this step's code and the next one's are spent: wait until the next one is current.
  if (step > currentStep + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - Date.now() + 100));
  lastStepUsed.set(secret, step);
  return currentTotpCode(secret, new Date(step * 30_000 + 1_000));
}

/** Signs the request context (and so its page) in, via next-auth's CSRF + credentials callback. */
export async function signIn(request: APIRequestContext, account: { email: string; password: string; totpSecret?: string }): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const code = account.totpSecret ? await unusedTotpCode(account.totpSecret) : undefined;
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, ...(code ? { code } : {}), json: "true" },
    maxRedirects: 0,
  });
  if (![200, 302].includes(response.status())) throw new Error(`Sign-in failed with HTTP ${response.status()}`);
  const session = (await (await request.get("/api/auth/session")).json()) as { userId?: string };
  if (!session.userId) throw new Error(`Sign-in as ${account.email} did not create a session`);
}

export async function signatureCountFor(db: Database, code: string): Promise<number> {
  return db.participantAction.count({ where: { participant: { code } } });
}

/** Removes every signature and statement of a participant, so a test starts from "not signed". */
export async function clearParticipant(db: Database, code: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const participant = await tx.participant.findUniqueOrThrow({ where: { code }, select: { id: true } });
    await tx.participantAction.deleteMany({ where: { participantId: participant.id } });
    await tx.statement.deleteMany({ where: { participantId: participant.id } });
    await tx.recordRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
  });
}

/** Signs in through the sign-in form, as a person would: email and password, then the second factor if asked. */
export async function signInThroughForm(
  page: Page,
  account: { email: string; password: string },
  secondFactor?: { code?: string; recoveryCode?: string },
) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (!secondFactor) return;
  if (secondFactor.recoveryCode) {
    await page.getByRole("button", { name: "Lost your phone? Use a recovery code" }).click();
    await page.getByLabel("Recovery code").fill(secondFactor.recoveryCode);
  } else {
    await page.getByLabel("Authentication code").fill(secondFactor.code ?? "");
  }
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Signs out with the editor's button and waits until the home page has loaded. */
export async function signOutThroughButton(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.waitForLoadState("load");
}
