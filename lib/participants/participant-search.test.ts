import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { participantName } from "@/lib/i18n/participant-name";
import { unMemberStates } from "@/tests/un-member-states";
import { matchesParticipantQuery, type SearchableParticipant } from "./participant-search";

const states: SearchableParticipant[] = unMemberStates();
const byIso3 = (iso3: string) => states.find((state) => state.iso3 === iso3)!;
const turkicCouncil: SearchableParticipant = {
  kind: "organization",
  name: "Turkic Council",
  iso2: null,
  iso3: null,
  commonName: null,
  formalName: "Cooperation Council of Turkic Speaking States",
  translatedNames: { ru: "Совет сотрудничества тюркоязычных государств", zh: "突厥语国家合作委员会" },
};
const everyone = [...states, turkicCouncil];
const found = (query: string) => everyone.filter((participant) => matchesParticipantQuery(participant, query)).map((p) => p.iso3 ?? p.name);

describe("matchesParticipantQuery", () => {
  it.each(["turkiye", "Turkey", "Türkiye", "TÜRKIYE", "Турция", "турция", "土耳其", "Turquie", "Turquía", "turquia", "تركيا", "TUR", "tr"])(
    "finds Türkiye by %s",
    (query) => {
      expect(found(query)).toContain("TUR");
    },
  );

  it("finds by part of a name, in any language, and finds nothing unrelated", () => {
    expect(found("Kazakh")).toEqual(["KAZ"]);
    expect(found("Казах")).toEqual(["KAZ"]);
    expect(found("cote d'ivoire")).toEqual(["CIV"]);
    expect(found("Russia")).toContain("RUS");
    expect(found("Россия")).toEqual(["RUS"]);
    expect(found("Deutschland zzz")).toEqual([]);
  });

  it("finds an organisation by its English, formal and entered names, not by other organisations' codes", () => {
    expect(found("turkic council")).toEqual(["Turkic Council"]);
    expect(found("тюркоязычных")).toEqual(["Turkic Council"]);
    expect(found("突厥语")).toEqual(["Turkic Council"]);
    expect(found("Speaking States")).toEqual(["Turkic Council"]);
  });

  it("matches codes exactly, not as part of a name", () => {
    expect(found("KAZ")).toEqual(["KAZ"]);
    expect(matchesParticipantQuery(byIso3("KAZ"), "KZ")).toBe(true);
  });

  it("finds nothing for a text with nothing searchable in it", () => {
    expect(found("!!!")).toEqual([]);
    expect(found("  ")).toEqual([]);
  });

  it("finds every state by its name in each of the six languages, whatever the case and accents", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        fc.constantFrom(...LOCALES),
        fc.constantFrom<(text: string) => string>(
          (text) => text,
          (text) => text.toUpperCase(),
          (text) => text.toLowerCase(),
          (text) => text.normalize("NFD").replace(/\p{M}+/gu, ""),
        ),
        (state, locale, spell) => {
          expect(matchesParticipantQuery(state, spell(participantName(state, locale)))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds a state by any three consecutive letters of a word of its name in each language", () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...LOCALES), fc.nat(), fc.nat(), (state, locale, wordSeed, seed) => {
        const words = participantName(state, locale)
          .split(/[^\p{L}]+/u)
          .filter((word) => word.length >= 3);
        fc.pre(words.length > 0);
        const word = words[wordSeed % words.length]!;
        const start = seed % (word.length - 2);
        expect(matchesParticipantQuery(state, word.slice(start, start + 3))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
