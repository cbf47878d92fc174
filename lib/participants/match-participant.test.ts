import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { loadParticipantMatcher } from "./load-participant-matcher";
import { unmatchedParticipantMessage } from "./match-participant";
import { inEnglish } from "@/tests/in-english";

// The participants as the seed makes them: every UN member and observer state, and the Turkic Council.
let database: Awaited<ReturnType<typeof createSeededTestDatabase>>;
let match: Awaited<ReturnType<typeof loadParticipantMatcher>>;
beforeAll(async () => {
  database = await createSeededTestDatabase();
  match = await loadParticipantMatcher(database.db);
});
afterAll(() => database.drop());
const codeOf = (text: string) => {
  const found = match(text);
  return found.ok ? found.participant.code : `${found.problem}: ${found.candidates.map((p) => p.code).join(",")}`;
};

describe("matching a participant from what a spreadsheet holds", () => {
  it.each([
    ["Turkey", "tur"],
    ["Türkiye", "tur"],
    ["turkiye", "tur"],
    ["Russia", "rus"],
    ["Russian Federation", "rus"],
    ["Syria", "syr"],
    ["Ivory Coast", "civ"],
    ["Côte d’Ivoire", "civ"],
    ["COTE D'IVOIRE", "civ"],
    ["Vietnam", "vnm"],
    ["Viet Nam", "vnm"],
    ["Laos", "lao"],
    ["Iran", "irn"],
    ["Iran (Islamic Republic of)", "irn"],
    ["Bolivia", "bol"],
    ["North Korea", "prk"],
    ["Czech Republic", "cze"],
    ["Czechia", "cze"],
    ["Cape Verde", "cpv"],
    ["Cabo Verde", "cpv"],
    ["Swaziland", "swz"],
    ["Eswatini", "swz"],
    ["United Kingdom", "gbr"],
    ["the Netherlands", "nld"],
  ])("“%s” is %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it.each([
    ["KAZ", "kaz"],
    ["kaz", "kaz"],
    ["KZ", "kaz"],
    ["kz", "kaz"],
    ["turkic-council", "turkic-council"],
    ["Turkic council", "turkic-council"],
  ])("code or organisation name “%s” is %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it("takes the UN's own name over another state's alias: “Congo” is the Republic of the Congo", () => {
    expect(codeOf("Congo")).toBe("cog");
    expect(codeOf("DR Congo")).toBe("cod");
  });

  it("offers the closest names for an unknown or misspelt name, in the message", async () => {
    const korea = match("Korea");
    expect(korea.ok).toBe(false);
    if (korea.ok) return;
    expect(korea.candidates.map((p) => p.code).sort()).toEqual(["kor", "prk"]);
    expect(await inEnglish(unmatchedParticipantMessage("Korea", korea))).toMatch(
      /^No state or organisation matches “Korea”\. Closest: .*Republic of Korea \(KOR\)/,
    );

    const typo = match("Kazakstan");
    expect(!typo.ok && typo.candidates[0]?.code).toBe("kaz");
    expect(codeOf("Atlantis")).toMatch(/^unknown/);
  });

  it("matches no territory that is not a participant, and nothing for an empty name", () => {
    expect(codeOf("Greenland")).toMatch(/^unknown/);
    expect(codeOf("   ")).toBe("unknown: ");
  });
});
