import { createHash } from "node:crypto";
import type { Database } from "@/lib/db";

// Failed sign-ins slow the next attempt down exponentially instead of locking the account for a fixed time.
// Each failure for an account doubles the wait before its next attempt is even checked — 1 s, 2 s, 4 s …
// up to a minute — and attempts made during a wait are refused without being counted. So guessing costs
// time that doubles, while an attacker who wants to keep an account shut must keep sending a guess every
// minute (a lock-out of 15 minutes used to cost ten requests), and its owner never waits more than a
// minute once the attacker stops. A client address gets 50 free failures across all accounts (a busy office
// shares one), then waits that double up to 15 minutes: password spraying from one address stops there.
//
// Counters live in the database so they hold across restarts and replicas. Checking and counting are one
// step: the account's row is claimed for the attempt before its password is checked, so a burst of
// parallel guesses gets one check, not one per request.

export const BACKOFF = {
  account: { freeFailures: 0, capSeconds: 60, forgetAfterMs: 60 * 60_000 },
  client: { freeFailures: 50, capSeconds: 15 * 60, forgetAfterMs: 60 * 60_000 },
} as const;

/** How long an account stays claimed by an attempt whose check never finished (the process died). */
const CLAIM_SECONDS = 10;

export type ThrottleKind = keyof typeof BACKOFF;
export type ThrottleKey = { key: string; kind: ThrottleKind };

/** Accounts are keyed by a hash of the email: bounded length, and no typed text is kept. */
export function accountThrottleKey(email: string): string {
  return `account:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}

/** `clientAddress` must come from lib/http/client-address.ts, which only returns well-formed addresses. */
export function throttleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: accountThrottleKey(email), kind: "account" }];
  if (clientAddress) keys.push({ key: `client:${clientAddress}`, kind: "client" });
  return keys;
}

/** Seconds to wait after the `failures`-th consecutive failure: 0 within the free allowance, then 1, 2, 4 … */
export function backoffSeconds(kind: ThrottleKind, failures: number): number {
  const { freeFailures, capSeconds } = BACKOFF[kind];
  const counted = failures - freeFailures;
  if (counted <= 0) return 0;
  return Math.min(capSeconds, 2 ** Math.min(counted - 1, 30));
}

const isForgotten = (kind: ThrottleKind, lastFailureAt: Date | null, now: Date) =>
  !lastFailureAt || now.getTime() - lastFailureAt.getTime() > BACKOFF[kind].forgetAfterMs;

export type Claim = { ok: true } | { ok: false; retryAfterSeconds: number; blockedKey: ThrottleKey; blockedUntil: Date };

/**
 * Reserves the right to check one attempt, or says how long to wait. When it answers ok, the account is held
 * until `recordSignInFailure`, `releaseSignInAttempt` or `clearAccountFailures` is called (or for 10 s).
 */
export async function claimSignInAttempt(db: Database, keys: ThrottleKey[], now = new Date()): Promise<Claim> {
  return db.$transaction(async (tx) => {
    const rows = await tx.loginThrottle.findMany({
      where: { key: { in: keys.map((k) => k.key) } },
      select: { key: true, blockedUntil: true },
    });
    const blocked = rows.filter((row) => row.blockedUntil > now).sort((a, b) => b.blockedUntil.getTime() - a.blockedUntil.getTime())[0];
    if (blocked) {
      const blockedKey = keys.find((k) => k.key === blocked.key)!;
      return {
        ok: false,
        retryAfterSeconds: Math.ceil((blocked.blockedUntil.getTime() - now.getTime()) / 1000),
        blockedKey,
        blockedUntil: blocked.blockedUntil,
      };
    }
    const account = keys.find((k) => k.kind === "account");
    if (account) {
      const claimedUntil = new Date(now.getTime() + CLAIM_SECONDS * 1000);
      await tx.loginThrottle.upsert({ where: { key: account.key }, create: { key: account.key, blockedUntil: now }, update: {} });
      // Conditional, so that two claims can never both succeed, whatever the transaction isolation.
      const claimed = await tx.loginThrottle.updateMany({
        where: { key: account.key, blockedUntil: { lte: now } },
        data: { blockedUntil: claimedUntil },
      });
      if (claimed.count === 0) return { ok: false, retryAfterSeconds: CLAIM_SECONDS, blockedKey: account, blockedUntil: claimedUntil };
    }
    return { ok: true };
  });
}

export type FailureOutcome = Record<ThrottleKind, { failures: number; backoffSeconds: number } | undefined>;

/** Counts a failed attempt for every key and sets each key's wait. */
export async function recordSignInFailure(db: Database, keys: ThrottleKey[], now = new Date()): Promise<FailureOutcome> {
  return db.$transaction(async (tx) => {
    const outcome: FailureOutcome = { account: undefined, client: undefined };
    for (const { key, kind } of keys) {
      const row = await tx.loginThrottle.findUnique({ where: { key }, select: { failures: true, lastFailureAt: true } });
      const failures = (row && !isForgotten(kind, row.lastFailureAt, now) ? row.failures : 0) + 1;
      const wait = backoffSeconds(kind, failures);
      const blockedUntil = new Date(now.getTime() + wait * 1000);
      await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures, lastFailureAt: now, blockedUntil },
        update: { failures, lastFailureAt: now, blockedUntil },
      });
      outcome[kind] = { failures, backoffSeconds: wait };
    }
    return outcome;
  });
}

/** The password was right but a second factor is still to come: the claim ends without counting. */
export async function releaseSignInAttempt(db: Database, keys: ThrottleKey[], now = new Date()): Promise<void> {
  const account = keys.find((k) => k.kind === "account");
  if (account) await db.loginThrottle.updateMany({ where: { key: account.key, blockedUntil: { gt: now } }, data: { blockedUntil: now } });
}

/** A completed sign-in clears the account's counter (not the client's: a burst stays a burst). */
export async function clearAccountFailures(db: Database, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: accountThrottleKey(email) } });
}

/** Deletes counters that no longer slow anyone down and would be forgotten at the next failure anyway. */
export async function pruneLoginThrottle(db: Database, now = new Date()): Promise<number> {
  const forgottenBefore = new Date(now.getTime() - Math.max(BACKOFF.account.forgetAfterMs, BACKOFF.client.forgetAfterMs));
  const result = await db.loginThrottle.deleteMany({
    where: { blockedUntil: { lte: now }, OR: [{ lastFailureAt: null }, { lastFailureAt: { lt: forgottenBefore } }] },
  });
  return result.count;
}
