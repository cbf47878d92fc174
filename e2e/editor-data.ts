import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";

// Accounts and sign-in for editor tests: each test makes its own user with a unique email, and signs in
// through next-auth's own endpoints rather than clicking through the form (one test covers the form).

export type TestAccount = { id: string; email: string; password: string; name: string };

export async function createAccount(
  db: Database,
  options: { role?: "admin" | "editor"; scope?: string[]; name?: string } = {},
): Promise<TestAccount> {
  const unique = randomUUID().slice(0, 8);
  const email = `editor-${unique}@e2e.test`;
  const password = `password-${unique}-long`;
  const name = options.name ?? `Test ${options.role ?? "editor"} ${unique}`;
  const scope = options.scope ?? [];
  const user = await db.user.create({
    data: {
      email,
      name,
      role: options.role ?? "editor",
      passwordHash: await hashPassword(password),
      editableParticipants: { connect: scope.map((code) => ({ code })) },
    },
    select: { id: true },
  });
  return { id: user.id, email, password, name };
}

/** Signs the request context (and so its page) in, via next-auth's CSRF + credentials callback. */
export async function signIn(request: APIRequestContext, account: { email: string; password: string }): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
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
