import { describe, expect, it } from "vitest";
import { continueSignInPath, nextSignInPath } from "./pending-step-path";

describe("the sign-in steps' addresses", () => {
  it("keep the visitor's language through every step and back to the page they wanted", () => {
    expect(nextSignInPath("change-password", "/fr/editor", "fr")).toBe("/fr/login/new-password?callbackUrl=%2Ffr%2Feditor");
    expect(nextSignInPath("enrol-two-factor", "/editor", "ar")).toBe("/ar/login/two-factor-setup?callbackUrl=%2Far%2Feditor");
    expect(nextSignInPath(null, "/editor/account?x=1", "zh")).toBe("/zh/editor/account?x=1");
    expect(continueSignInPath("/ru/editor/audit", "ru")).toBe("/ru/login?callbackUrl=%2Fru%2Feditor%2Faudit");
  });

  it("are unprefixed in English, as every English address is", () => {
    expect(nextSignInPath("change-password", "/editor", "en")).toBe("/login/new-password?callbackUrl=%2Feditor");
    expect(nextSignInPath(null, "/fr/editor", "en")).toBe("/editor");
    expect(continueSignInPath("/editor", "en")).toBe("/login?callbackUrl=%2Feditor");
  });

  it("never turn a path of ours into another host's address by removing its language prefix", () => {
    expect(nextSignInPath(null, "/fr//evil.example", "en")).toBe("/editor");
    expect(nextSignInPath(null, "/fr/\\evil.example", "en")).toBe("/editor");
    expect(continueSignInPath("/ru//evil.example/x", "en")).toBe("/login?callbackUrl=%2Feditor");
    expect(nextSignInPath(null, "/fr//evil.example", "fr")).toBe("/fr//evil.example");
  });
});
