import { describe, expect, it } from "vitest";
import { signatoriesFilename } from "./export-filename";

const generatedAt = "2026-11-28T23:30:00.000Z";

describe("signatoriesFilename", () => {
  it("names the instrument and the as-of day of a list as of a day", () => {
    expect(signatoriesFilename("code-of-conduct-2018", { asOf: "2019-07-15", generatedAt }, "xlsx")).toBe(
      "signatories-code-of-conduct-2018-as-of-2019-07-15.xlsx",
    );
  });

  it("names the current record apart from a list as of the same day", () => {
    const current = signatoriesFilename("code-of-conduct-2018", { asOf: null, generatedAt }, "csv");
    expect(current).toBe("signatories-code-of-conduct-2018-current-2026-11-28.csv");
    expect(current).not.toBe(signatoriesFilename("code-of-conduct-2018", { asOf: "2026-11-28", generatedAt }, "csv"));
  });

  it("names a past revision by its number, never as the current record", () => {
    expect(signatoriesFilename("code-of-conduct-2018", { asOf: null, generatedAt }, "pdf", 12)).toBe(
      "signatories-code-of-conduct-2018-revision-12.pdf",
    );
    expect(signatoriesFilename("code-of-conduct-2018", { asOf: "2019-07-15", generatedAt }, "csv", 12)).toBe(
      "signatories-code-of-conduct-2018-revision-12-as-of-2019-07-15.csv",
    );
  });

  it("keeps the name safe for a header even from an odd slug", () => {
    expect(signatoriesFilename('Odd Slug"/x', { asOf: "2019-07-15", generatedAt }, "csv")).toBe(
      "signatories-odd-slug-x-as-of-2019-07-15.csv",
    );
  });
});
