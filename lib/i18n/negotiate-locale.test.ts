import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { localeFromAcceptLanguage, negotiateLocale, negotiateRequestLocale } from "./negotiate-locale";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["fr", "fr"],
    ["fr-CA;q=0.9", "fr"],
    ["zh-Hant", "zh"],
    ["zh-Hans-CN,zh;q=0.9", "zh"],
    ["ar-EG,ar;q=0.9,en;q=0.8", "ar"],
    ["ES-419", "es"],
    ["ru-RU, ru;q=0.9", "ru"],
    ["de-DE,de;q=0.9,fr;q=0.5,en;q=0.3", "fr"],
    ["en;q=0.5, ru;q=0.8", "ru"],
    ["fr;q=0.8, es;q=0.8", "fr"],
    ["*", "en"],
    ["de, *;q=0.1", "en"],
    ["fr ; q=0.7 , ar ; q = 0.9", "ar"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it.each([
    [null],
    [""],
    ["de-DE, ja"],
    ["fr;q=0"],
    ["fr;q=0.000"],
    [";;;,,,"],
    ["fr;q=2"],
    ["fr;q=-1"],
    ["fr;q=abc"],
    ["fr;q=0.1234"],
    ["fr;level=1"],
    ["<script>alert(1)</script>"],
    ["fr\u0000ar"],
    ["français"],
  ])("%j offers nothing we speak → null", (header) => {
    expect(localeFromAcceptLanguage(header)).toBeNull();
  });

  it("reads only the start of an enormous header, quickly", () => {
    const header = `${"xx;q=0.5,".repeat(200_000)}fr`;
    expect(localeFromAcceptLanguage(header)).toBeNull(); // fr is past the part we read
    expect(localeFromAcceptLanguage(`ar,${header}`)).toBe("ar");
  });

  it("never throws and always answers one of the six or null, whatever the header", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (header) => {
        const locale = localeFromAcceptLanguage(header);
        expect(locale === null || (LOCALES as readonly string[]).includes(locale)).toBe(true);
      }),
    );
  });
});

describe("negotiateLocale", () => {
  it("takes an explicit lang over the header", () => {
    expect(negotiateLocale({ lang: ["ru"], acceptLanguage: "fr" })).toEqual({ ok: true, locale: "ru", source: "lang" });
  });

  it("falls back to Accept-Language, then English", () => {
    expect(negotiateLocale({ lang: [], acceptLanguage: "es-MX" })).toEqual({ ok: true, locale: "es", source: "accept-language" });
    expect(negotiateLocale({ lang: [], acceptLanguage: "de" })).toEqual({ ok: true, locale: "en", source: "default" });
    expect(negotiateLocale({ lang: [""], acceptLanguage: null })).toEqual({ ok: true, locale: "en", source: "default" });
  });

  it.each([["de"], ["FR"], ["fr-CA"], ["english"], ["zh-Hant"], [" fr"], ["../../etc/passwd"]])(
    "refuses lang=%s, to be answered in the header's language",
    (lang) => {
      expect(negotiateLocale({ lang: [lang], acceptLanguage: "ar" })).toEqual({ ok: false, value: lang, locale: "ar" });
    },
  );

  it("refuses two different languages, but not the same one twice", () => {
    expect(negotiateLocale({ lang: ["fr", "ar"], acceptLanguage: null })).toEqual({ ok: false, value: "fr, ar", locale: "en" });
    expect(negotiateLocale({ lang: ["fr", "fr"], acceptLanguage: null })).toMatchObject({ ok: true, locale: "fr" });
  });

  it("reads a request's query and header", () => {
    const request = new Request("http://localhost/api/v1/signatories?lang=zh", { headers: { "Accept-Language": "fr" } });
    expect(negotiateRequestLocale(request)).toMatchObject({ ok: true, locale: "zh" });
  });
});
