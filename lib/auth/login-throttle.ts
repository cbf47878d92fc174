import type { Database } from "@/lib/db";

// Counters of failed sign-ins, in the database so that a lock-out survives restarts and holds across
// replicas. An account is locked after 10 failures in 15 minutes; one client after 50 (a burst across
// many accounts). Both unlock 15 minutes after the last counted failure.

export const LOGIN_LIMITS = {
  account: { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  client: { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

export type ThrottleKey = { key: string; kind: keyof typeof LOGIN_LIMITS };

export function throttleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `account:${email.trim().toLowerCase()}`, kind: "account" }];
  if (clientAddress) keys.push({ key: `client:${clientAddress}`, kind: "client" });
  return keys;
}

/** Seconds until the first of these keys unlocks, or 0 when none is locked. */
export async function secondsUntilUnlocked(db: Database, keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } }, select: { lockedUntil: true } });
  const latest = Math.max(0, ...rows.map((row) => (row.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 0)));
  return Math.ceil(latest / 1000);
}

export async function recordLoginFailure(db: Database, keys: ThrottleKey[], now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { key, kind } of keys) {
      const limits = LOGIN_LIMITS[kind];
      const row = await tx.loginThrottle.findUnique({ where: { key } });
      const windowExpired = !row || now.getTime() - row.windowStartsAt.getTime() > limits.windowMs;
      const failures = windowExpired ? 1 : row.failures + 1;
      const lockedUntil = failures >= limits.maxFailures ? new Date(now.getTime() + limits.lockMs) : (row?.lockedUntil ?? null);
      await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures, windowStartsAt: now, lockedUntil },
        update: { failures, lockedUntil, ...(windowExpired ? { windowStartsAt: now } : {}) },
      });
    }
  });
}

/** A successful sign-in clears the account's counter (not the client's: a burst stays a burst). */
export async function clearAccountFailures(db: Database, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `account:${email.trim().toLowerCase()}` } });
}
