import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

// Time-based one-time passwords (RFC 6238) through otplib's defaults — SHA-1, 6 digits, 30-second steps —
// which every authenticator app understands.

/** Codes from one step before or after now are accepted too: phones' clocks drift. */
const TOLERANCE_SECONDS = 30;
const ISSUER = "Signatory tracker";

export function createTotpSecret(): string {
  return generateSecret(); // 20 random bytes (160 bits), base32
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: ISSUER, label: accountName, secret });
}

/** The secret in groups of four, as people type it into an app by hand. */
export function formatSetupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** Six digits, spaces and dashes allowed ("123 456"); anything else is not a code. */
export function normaliseTotpCode(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 20) return null;
  const digits = value.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code belongs to, or null when it is wrong — or was already used: a code is accepted once
 * only (RFC 6238 §5.2), so `afterTimeStep` is the step of the last accepted code.
 */
export function verifyTotpCode(secret: string, code: string, afterTimeStep: number | null, now = new Date()): number | null {
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep !== null ? { afterTimeStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The current code, for tests and fixtures that play the part of an authenticator app. */
export function currentTotpCode(secret: string, now = new Date()): string {
  return generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
