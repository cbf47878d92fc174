import { describe, expect, it } from "vitest";
import { localizedPath, pathInEveryLocale, splitLocalePrefix } from "./localized-path";

describe("localized paths", () => {
  it("keeps English addresses as they were and prefixes the other five", () => {
    expect(localizedPath("/signatories/kaz", "en")).toBe("/signatories/kaz");
    expect(localizedPath("/signatories/kaz", "fr")).toBe("/fr/signatories/kaz");
    expect(localizedPath("/", "ar")).toBe("/ar");
    expect(localizedPath("/", "en")).toBe("/");
    expect(pathInEveryLocale("/code")).toEqual({
      en: "/code",
      ar: "/ar/code",
      zh: "/zh/code",
      fr: "/fr/code",
      ru: "/ru/code",
      es: "/es/code",
    });
  });

  it("reads the language and the path back, and takes nothing else for a prefix", () => {
    expect(splitLocalePrefix("/fr/signatories")).toEqual({ locale: "fr", path: "/signatories" });
    expect(splitLocalePrefix("/zh")).toEqual({ locale: "zh", path: "/" });
    expect(splitLocalePrefix("/en/code")).toEqual({ locale: "en", path: "/code" });
    expect(splitLocalePrefix("/signatories")).toEqual({ locale: "en", path: "/signatories" });
    for (const path of ["/", "/frx/signatories", "/FR/code", "/de/code", "/francais"]) {
      expect(splitLocalePrefix(path), path).toEqual({ locale: "en", path });
    }
  });
});
