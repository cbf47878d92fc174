import { createHash, randomInt } from "node:crypto";

// Ten one-time codes for signing in when the authenticator app is lost. Each carries about 50 random bits, so a
// fast hash is enough to keep the stored copies useless (unlike a password, a code cannot be guessed from
// a list); only the SHA-256 hash is stored.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

/** "k7dm2-qx9tf": ten letters and digits in two groups. */
export function createRecoveryCode(): string {
  const letters = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

/** Typed codes are compared without case, spaces or dashes. */
export function normaliseRecoveryCode(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 40) return null;
  const compact = value.toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{10}$/.test(compact) ? compact : null;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(normaliseRecoveryCode(code) ?? code)
    .digest("hex");
}

export function createRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, createRecoveryCode);
}
