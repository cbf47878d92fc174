import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isFormulaLike, neutraliseCsvField, neutraliseFormula } from "./neutralise-formula";

describe("neutraliseFormula", () => {
  it.each(['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect(isFormulaLike(value)).toBe(true);
  });

  it.each(["Kazakhstan", "Türkiye", "2018-09-28", "http://example.org/=x", " =spaced", "", "'already"])("leaves %j as it is", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it("leaves values that are not text alone", () => {
    expect(neutraliseFormula(null)).toBeNull();
    expect(neutraliseFormula(42)).toBe(42);
  });
});

describe("neutraliseCsvField", () => {
  it("neutralises a formula that would start a cell after a separator, as in a ';' locale", () => {
    expect(neutraliseCsvField("Minister;=cmd|' /C calc'!A0")).toBe("Minister;'=cmd|' /C calc'!A0");
    expect(neutraliseCsvField("a, +1")).toBe("a, '+1");
    expect(neutraliseCsvField("one\n@SUM(A1)")).toBe("one\n'@SUM(A1)");
    expect(neutraliseCsvField("tab\t-2")).toBe("tab\t'-2");
    expect(neutraliseCsvField("=x;=y")).toBe("'=x;'=y");
  });

  it("leaves ordinary text, dates and numbers alone", () => {
    for (const value of [
      "Minister of Foreign Affairs",
      "2018-09-28",
      "A/73/1-S/2018/1",
      "Paris; New York",
      "1,5 million",
      "http://example.org/a?b=1,2",
    ]) {
      expect(neutraliseCsvField(value)).toBe(value);
    }
  });

  it("never leaves a formula start where any separator locale could begin a cell (fast-check)", () => {
    const cellStart = /(^|[,;\t\r\n] *)[=+\-@]/;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("=", "+", "-", "@", ",", ";", "\t", "\n", "\r", " ", "a", "'") }), (value) => {
        expect(neutraliseCsvField(value)).not.toMatch(cellStart);
      }),
      { numRuns: 2000 },
    );
  });
});
