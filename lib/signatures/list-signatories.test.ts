import { describe, expect, it } from "vitest";
import { compareSignatoryRows, type SignatoryRow } from "./list-signatories";

const row = (name: string, date: string | null, datePrecision: SignatoryRow["datePrecision"]): SignatoryRow =>
  ({ name, date, datePrecision, action: "signature" }) as SignatoryRow;

describe("compareSignatoryRows", () => {
  it("sorts names as a reader would, not byte by byte", () => {
    const rows = [row("Turkmenistan", null, "unknown"), row("Türkiye", "2018-09-28", "day"), row("Tunisia", "2018-09-28", "day")];
    expect(rows.sort(compareSignatoryRows("name", "asc")).map((r) => r.name)).toEqual(["Tunisia", "Türkiye", "Turkmenistan"]);
  });

  it("sorts a month-dated action after the days of that month, and undated ones last both ways", () => {
    const rows = [row("Egypt", "2018-09", "month"), row("Undated", null, "unknown"), row("Kazakhstan", "2018-09-28", "day"), row("Later", "2019", "year")];
    expect([...rows].sort(compareSignatoryRows("date", "asc")).map((r) => r.name)).toEqual(["Kazakhstan", "Egypt", "Later", "Undated"]);
    expect([...rows].sort(compareSignatoryRows("date", "desc")).map((r) => r.name)).toEqual(["Later", "Egypt", "Kazakhstan", "Undated"]);
  });
});
