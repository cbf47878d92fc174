import { describe, expect, it } from "vitest";
import type { PublishedAction } from "@/lib/signatories/list-published-actions";
import { compareDays } from "./compare-days";

const row = (
  code: string,
  action: PublishedAction["action"],
  date: string | null,
  extra: Partial<PublishedAction> = {},
): PublishedAction => ({
  code,
  iso2: null,
  iso3: null,
  name: code.toUpperCase(),
  kind: "state",
  region: "Africa",
  subregion: null,
  action,
  date,
  datePrecision: date === null ? "unknown" : date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
  place: null,
  signerName: null,
  signerTitle: null,
  verification: "press_report",
  evidenceUrl: null,
  documentSymbol: null,
  ...extra,
});

describe("comparing two days", () => {
  const rows = [
    row("aaa", "signature", "2018-09-28"),
    row("bbb", "accession", "2019-03"), // counts from 31 Mar 2019
    row("ccc", "signature", "2018-09-28", { region: "Asia" }),
    row("ccc", "withdrawal", "2019-06-30", { region: "Asia" }),
    row("ddd", "accession", null), // undated: left out of both lists
    row("org", "signature", "2019", { kind: "organization", region: null }), // counts from 31 Dec 2019
  ];

  it("lists who joined and who withdrew after the first day up to the second, and counts each end by region", () => {
    const result = compareDays(rows, "2018-09-28", "2019-06-30");
    expect(result.joined.map((action) => action.code)).toEqual(["bbb"]);
    expect(result.withdrew.map((action) => action.code)).toEqual(["ccc"]);
    expect(result.counts.from).toMatchObject({ total: 2, states: 2, organizations: 0, byGroup: { Africa: 1, Asia: 1 } });
    expect(result.counts.to).toMatchObject({ total: 2, states: 2, byGroup: { Africa: 2, Asia: 0, organizations: 0 } });
  });

  it("counts a month or year date from the end of its period, not before", () => {
    expect(compareDays(rows, "2019-01-01", "2019-03-30").joined).toEqual([]);
    expect(compareDays(rows, "2019-01-01", "2019-03-31").joined.map((action) => action.code)).toEqual(["bbb"]);
    expect(compareDays(rows, "2019-12-30", "2019-12-31").counts.to.byGroup.organizations).toBe(1);
  });
});
