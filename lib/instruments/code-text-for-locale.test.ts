import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { codeTextForLocale } from "./code-text-for-locale";

const english = { title: "Code of Conduct", summary: "Summary", commitments: [{ number: 1, text: "Commit", points: [] }] };

describe("codeTextForLocale", () => {
  it("gives English the English text, not marked as a stand-in", () => {
    expect(codeTextForLocale(english, "en")).toEqual({ text: english, lang: "en", isEnglishFallback: false });
  });

  it("gives every other language the English text, marked as English and as a stand-in (no official translation held)", () => {
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      expect(codeTextForLocale(english, locale), locale).toEqual({ text: english, lang: "en", isEnglishFallback: true });
    }
  });
});
