import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { participantName, type NameableParticipant } from "./participant-name";
import { unMemberStates } from "@/tests/un-member-states";

const state = (name: string, iso2: string): NameableParticipant => ({ kind: "state", name, iso2 });
const turkiye = state("Türkiye", "TR");
const russia = state("Russian Federation", "RU");
const turkicCouncil: NameableParticipant = {
  kind: "organization",
  name: "Turkic Council",
  iso2: null,
  translatedNames: { ru: "Тюркский совет", fr: "  " },
};

describe("participantName", () => {
  it("keeps the UN's English short name in English", () => {
    expect(participantName(turkiye, "en")).toBe("Türkiye");
    expect(participantName(russia, "en")).toBe("Russian Federation");
  });

  it.each([
    ["ar", "تركيا"],
    ["zh", "土耳其"],
    ["fr", "Turquie"],
    ["ru", "Турция"],
    ["es", "Turquía"],
  ] as const)("names Türkiye in %s from CLDR: %s", (locale, expected) => {
    expect(participantName(turkiye, locale)).toBe(expected);
  });

  it.each([
    ["fr", "Kazakhstan"],
    ["ru", "Казахстан"],
    ["zh", "哈萨克斯坦"],
    ["ar", "كازاخستان"],
    ["es", "Kazajistán"],
  ] as const)("names Kazakhstan in %s: %s", (locale, expected) => {
    expect(participantName(state("Kazakhstan", "KZ"), locale)).toBe(expected);
  });

  it("names the State of Palestine as a state, not CLDR's 'Palestinian Territories'", () => {
    const palestine = state("State of Palestine", "PS");
    expect(participantName(palestine, "fr")).toBe("Palestine");
    expect(participantName(palestine, "ru")).toBe("Палестина");
    expect(participantName(palestine, "ar")).toBe("فلسطين");
  });

  it("has a name other than the English one for every UN state in every other language", () => {
    for (const seeded of unMemberStates()) {
      for (const locale of LOCALES.filter((l) => l !== "en")) {
        const name = participantName({ kind: "state", name: seeded.name, iso2: seeded.iso2 }, locale);
        expect(name, `${seeded.iso3} in ${locale}`).not.toBe("");
        expect(name, `${seeded.iso3} in ${locale}`).not.toBe(seeded.iso2);
      }
    }
    // Chinese and Russian never share a script with English: a fallback to English would show here.
    const englishInRussian = unMemberStates().filter((s) =>
      /^[A-Za-z]/.test(participantName({ kind: "state", name: s.name, iso2: s.iso2 }, "ru")),
    );
    expect(englishInRussian.map((s) => s.iso3)).toEqual([]);
  });

  it("uses an organisation's name entered for the language, and English when none (or a blank one) was entered", () => {
    expect(participantName(turkicCouncil, "ru")).toBe("Тюркский совет");
    expect(participantName(turkicCouncil, "fr")).toBe("Turkic Council");
    expect(participantName(turkicCouncil, "zh")).toBe("Turkic Council");
    expect(participantName({ ...turkicCouncil, translatedNames: null }, "ar")).toBe("Turkic Council");
  });

  it("falls back to the English name for a state without a usable code", () => {
    expect(participantName({ kind: "state", name: "Somewhere", iso2: null }, "fr")).toBe("Somewhere");
    expect(participantName({ kind: "state", name: "Somewhere", iso2: "not a code" }, "fr")).toBe("Somewhere");
  });
});
