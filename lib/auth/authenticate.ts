import { z } from "zod";
import type { Database } from "@/lib/db";
import { clearAccountFailures, recordLoginFailure, secondsUntilUnlocked, throttleKeys } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
});

export type AuthenticationResult =
  | { ok: true; user: { id: string; name: string; role: "admin" | "editor"; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

// Verifying against a real hash when the email is unknown keeps the response time the same, so timing does
// not tell which emails have accounts.
let decoyHash: Promise<string> | undefined;

export async function authenticate(
  db: Database,
  input: unknown,
  clientAddress: string | null,
  now = new Date(),
): Promise<AuthenticationResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, clientAddress);

  const retryAfterSeconds = await secondsUntilUnlocked(db, keys, now);
  if (retryAfterSeconds > 0) return { ok: false, reason: "locked", retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, isActive: true, sessionVersion: true, passwordHash: true },
  });
  decoyHash ??= hashPassword("decoy password for unknown accounts");
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !user.isActive || !isValid) {
    await recordLoginFailure(db, keys, now);
    return { ok: false, reason: "invalid" };
  }
  await clearAccountFailures(db, email);
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
