import { describe, expect, it } from "vitest";
import { isFormulaLike, neutraliseFormula } from "./neutralise-formula";

describe("neutraliseFormula", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe", (value) => {
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
