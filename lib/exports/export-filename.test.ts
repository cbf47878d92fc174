import { describe, expect, it } from "vitest";
import { exportAsOf, signatoriesFilename } from "./export-filename";

describe("signatoriesFilename", () => {
  it("names the instrument and the as-of day", () => {
    expect(signatoriesFilename("code-of-conduct-2018", "2019-07-15", "xlsx")).toBe(
      "signatories-code-of-conduct-2018-as-of-2019-07-15.xlsx",
    );
  });

  it("keeps the name safe for a header even from an odd slug", () => {
    expect(signatoriesFilename('Odd Slug"/x', "2019-07-15", "csv")).toBe("signatories-odd-slug-x-as-of-2019-07-15.csv");
  });

  it("uses the asOf filter, else today in UTC", () => {
    expect(exportAsOf("2019-07-15")).toBe("2019-07-15");
    expect(exportAsOf(undefined, new Date("2026-11-28T23:30:00Z"))).toBe("2026-11-28");
  });
});
