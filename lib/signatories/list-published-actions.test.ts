import { describe, expect, it } from "vitest";
import { comparePublishedActions, type PublishedAction } from "./list-published-actions";

const row = (name: string, date: string | null, datePrecision: PublishedAction["datePrecision"]): PublishedAction =>
  ({ name, date, datePrecision, action: "signature" }) as PublishedAction;

describe("comparePublishedActions", () => {
  it("sorts names as a reader would, not byte by byte", () => {
    const rows = [row("Turkmenistan", null, "unknown"), row("Türkiye", "2018-09-28", "day"), row("Tunisia", "2018-09-28", "day")];
    expect(rows.sort(comparePublishedActions("name", "asc")).map((r) => r.name)).toEqual(["Tunisia", "Türkiye", "Turkmenistan"]);
  });

  it("sorts a month-dated action after the days of that month, and undated ones last both ways", () => {
    const rows = [
      row("Egypt", "2018-09", "month"),
      row("Undated", null, "unknown"),
      row("Kazakhstan", "2018-09-28", "day"),
      row("Later", "2019", "year"),
    ];
    expect([...rows].sort(comparePublishedActions("date", "asc")).map((r) => r.name)).toEqual(["Kazakhstan", "Egypt", "Later", "Undated"]);
    expect([...rows].sort(comparePublishedActions("date", "desc")).map((r) => r.name)).toEqual(["Later", "Egypt", "Kazakhstan", "Undated"]);
  });
});
