import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const SECRET_FILE = join(process.cwd(), "data", "auth-secret");

/**
 * next-auth refuses to work without a secret under `next start`. When NEXTAUTH_SECRET is unset, one is
 * generated once into data/auth-secret (git-ignored, readable by the owner only) and reused after.
 */
export function ensureAuthSecret(secretFile: string = SECRET_FILE): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!existsSync(secretFile)) {
    mkdirSync(dirname(secretFile), { recursive: true, mode: 0o700 });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  chmodSync(secretFile, 0o600); // one written by an older version may be readable by others
  return readFileSync(secretFile, "utf8").trim();
}
