import { z } from "zod";
import type { Database } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { redeemRecoveryCode } from "@/lib/two-factor/redeem-recovery-code";
import { acceptTotpCode } from "@/lib/two-factor/accept-totp-code";
import {
  claimSignInAttempt,
  clearAccountFailures,
  recordSignInFailure,
  releaseSignInAttempt,
  throttleKeys,
  type Claim,
  type ThrottleKey,
} from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { createUserSession } from "./user-sessions";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
  /** The authenticator app's six digits, or one of the recovery codes: the second factor, when the account has one. */
  code: z.string().max(20).optional(),
  recoveryCode: z.string().max(40).optional(),
});

export type AuthenticationResult =
  | { ok: true; user: { id: string; name: string; role: "admin" | "editor" }; session: { id: string; signedInAt: Date } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "two-factor-required" }
  | { ok: false; reason: "two-factor-invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

// Verifying against a real hash when the email is unknown keeps the response time the same, so timing does
// not tell which emails have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Checks a sign-in: password, then the second factor when the account has one, under the back-off of
 * lib/auth/login-throttle.ts. A wrong password and an unknown email get the same answer and timing; a
 * wrong second factor counts as a failure like a wrong password. Success starts a server-side session.
 */
export async function authenticate(
  db: Database,
  input: unknown,
  clientAddress: string | null,
  now = new Date(),
): Promise<AuthenticationResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, reason: "invalid" };
  const { email, password, code, recoveryCode } = parsed.data;
  const keys = throttleKeys(email, clientAddress);

  const claim = await claimSignInAttempt(db, keys, now);
  if (!claim.ok) {
    await logBackoffOnce(db, claim, email, clientAddress);
    return { ok: false, reason: "locked", retryAfterSeconds: claim.retryAfterSeconds };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, isActive: true, sessionVersion: true, passwordHash: true, totpEnabledAt: true },
  });
  decoyHash ??= hashPassword("decoy password for unknown accounts");
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !user.isActive || !isValid) {
    const why = !user ? "unknown account" : !user.isActive ? "deactivated account" : "wrong password";
    await fail(db, keys, now, { userId: user?.id ?? null, clientAddress, why });
    return { ok: false, reason: "invalid" };
  }

  let secondFactor = "";
  if (user.totpEnabledAt) {
    if (!code && !recoveryCode) {
      await releaseSignInAttempt(db, keys, now);
      return { ok: false, reason: "two-factor-required" };
    }
    const used: { ok: boolean; remaining?: number } = recoveryCode
      ? await redeemRecoveryCode(db, user.id, recoveryCode, now)
      : await acceptTotpCode(db, user.id, code ?? "", now);
    if (!used.ok) {
      await fail(db, keys, now, {
        userId: user.id,
        clientAddress,
        why: recoveryCode ? "wrong or used recovery code" : "wrong or reused authentication code",
      });
      return { ok: false, reason: "two-factor-invalid" };
    }
    secondFactor = recoveryCode ? `with a recovery code (${used.remaining ?? 0} left)` : "with an authentication code";
    if (recoveryCode) {
      await recordSecurityEvent(db, {
        type: "two_factor.recovery_code_used",
        userId: user.id,
        clientAddress,
        detail: `${used.remaining ?? 0} recovery codes left`,
      });
    }
  }

  await clearAccountFailures(db, email);
  const session = await createUserSession(db, user, now);
  await recordSecurityEvent(db, {
    type: "sign_in.succeeded",
    userId: user.id,
    clientAddress,
    detail: secondFactor ? `Signed in ${secondFactor}` : "Signed in with a password",
  });
  return { ok: true, user: { id: user.id, name: user.name, role: user.role }, session };
}

async function fail(
  db: Database,
  keys: ThrottleKey[],
  now: Date,
  event: { userId: string | null; clientAddress: string | null; why: string },
) {
  const outcome = await recordSignInFailure(db, keys, now);
  const wait = outcome.account?.backoffSeconds ?? 0;
  await recordSecurityEvent(db, {
    type: "sign_in.failed",
    userId: event.userId,
    clientAddress: event.clientAddress,
    detail: `${capitalise(event.why)}; failure ${outcome.account?.failures ?? 1} in a row for this account, next attempt checked after ${wait} s`,
  });
  if (outcome.client && outcome.client.backoffSeconds > 0) {
    await recordSecurityEvent(db, {
      type: "sign_in.backoff",
      clientAddress: event.clientAddress,
      detail: `This address failed ${outcome.client.failures} times across accounts: its next attempt is checked after ${outcome.client.backoffSeconds} s`,
    });
  }
}

// A refused attempt is logged once per back-off, not once per request: a flood must not turn into a flood
// of writes. (Per process; a few duplicates across replicas do no harm.)
const loggedBackoffs = new Map<string, number>();

async function logBackoffOnce(db: Database, claim: Extract<Claim, { ok: false }>, email: string, clientAddress: string | null) {
  const until = claim.blockedUntil.getTime();
  if (loggedBackoffs.get(claim.blockedKey.key) === until) return;
  if (loggedBackoffs.size > 10_000) loggedBackoffs.clear();
  loggedBackoffs.set(claim.blockedKey.key, until);
  const user = claim.blockedKey.kind === "account" ? await db.user.findUnique({ where: { email }, select: { id: true } }) : null;
  await recordSecurityEvent(db, {
    type: "sign_in.backoff",
    userId: user?.id ?? null,
    clientAddress,
    detail: `Attempts refused without checking for ${claim.retryAfterSeconds} s: ${claim.blockedKey.kind === "account" ? "this account" : "this address"} failed recently`,
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
