import { describe, expect, it } from "vitest";
import { listUnStates } from "./un-participants";

describe("UN states reference list", () => {
  const states = listUnStates();

  it("has the 193 member states and the 2 observer states", () => {
    expect(states.filter((s) => s.unStatus === "member")).toHaveLength(193);
    expect(
      states
        .filter((s) => s.unStatus === "observer")
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(["PSE", "VAT"]);
  });

  it("uses the UN's names and M49 regions", () => {
    const byIso3 = new Map(states.map((s) => [s.iso3, s]));
    expect(byIso3.get("RUS")).toMatchObject({ name: "Russian Federation", commonName: "Russia", region: "Europe" });
    expect(byIso3.get("SYR")?.name).toBe("Syrian Arab Republic");
    expect(byIso3.get("KAZ")).toMatchObject({ region: "Asia", subregion: "Central Asia", iso2: "KZ", isoNumeric: "398" });
    expect(states.every((s) => s.region && s.subregion)).toBe(true);
  });

  it("has unique codes", () => {
    expect(new Set(states.map((s) => s.code)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.iso2)).size).toBe(states.length);
  });
});
