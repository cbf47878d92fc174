import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { acceptTotpCode } from "./accept-totp-code";
import { createRecoveryCode, hashRecoveryCode, normaliseRecoveryCode } from "./recovery-codes";
import { createTotpSecret, currentTotpCode, formatSetupKey, normaliseTotpCode, verifyTotpCode } from "./totp";

describe("TOTP codes (RFC 6238)", () => {
  const secret = createTotpSecret();
  const now = new Date("2026-03-01T12:00:10Z");

  it("accepts the current code and those of the neighbouring 30-second steps, not older ones", () => {
    expect(verifyTotpCode(secret, currentTotpCode(secret, now), null, now)).not.toBeNull();
    expect(verifyTotpCode(secret, currentTotpCode(secret, new Date(now.getTime() - 30_000)), null, now)).not.toBeNull();
    expect(verifyTotpCode(secret, currentTotpCode(secret, new Date(now.getTime() - 90_000)), null, now)).toBeNull();
  });

  it("refuses a code from a step already used", () => {
    const code = currentTotpCode(secret, now);
    const step = verifyTotpCode(secret, code, null, now)!;
    expect(verifyTotpCode(secret, code, step, now)).toBeNull();
  });

  it("reads what people type, and nothing else", () => {
    expect(normaliseTotpCode(" 123 456 ")).toBe("123456");
    expect(normaliseTotpCode("123-456")).toBe("123456");
    expect(normaliseTotpCode("12345")).toBeNull();
    expect(normaliseTotpCode("12345a")).toBeNull();
    expect(normaliseTotpCode(123456)).toBeNull();
    expect(formatSetupKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("recovery codes", () => {
  it("are ten unambiguous characters, compared without case or dashes", () => {
    const code = createRecoveryCode();
    expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(code).not.toMatch(/[01ilo]/);
    expect(normaliseRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(code.replace("-", ""));
    expect(hashRecoveryCode(code.toUpperCase())).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("acceptTotpCode", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it("lets only one of two racing requests spend the same code", async () => {
    const secret = createTotpSecret();
    const user = await database.db.user.create({
      data: { email: "a@example.org", name: "A", passwordHash: "x", totpSecret: secret, totpEnabledAt: new Date() },
    });
    const code = currentTotpCode(secret);
    const results = await Promise.all([acceptTotpCode(database.db, user.id, code), acceptTotpCode(database.db, user.id, code)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});
