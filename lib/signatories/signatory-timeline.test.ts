import { describe, expect, it } from "vitest";
import { buildSignatoryTimeline } from "./signatory-timeline";

describe("the cumulative signatory timeline", () => {
  it("places month and year dates at the end of their period and keeps undated actions apart", () => {
    const { steps, undated } = buildSignatoryTimeline([
      { code: "kaz", name: "Kazakhstan", action: "signature", date: "2018-09-28", datePrecision: "day" },
      { code: "egy", name: "Egypt", action: "signature", date: "2018-09", datePrecision: "month" },
      { code: "vct", name: "Saint Vincent", action: "accession", date: "2019", datePrecision: "year" },
      { code: "tkm", name: "Turkmenistan", action: "accession", date: null, datePrecision: "unknown" },
      { code: "kaz", name: "Kazakhstan", action: "withdrawal", date: "2019-12-31", datePrecision: "day" },
    ]);
    expect(steps).toEqual([
      { day: "2018-09-28", joined: 1, withdrew: 0, total: 1, hasPeriodDates: false },
      { day: "2018-09-30", joined: 1, withdrew: 0, total: 2, hasPeriodDates: true },
      { day: "2019-12-31", joined: 1, withdrew: 1, total: 2, hasPeriodDates: true },
    ]);
    expect(undated.map((a) => a.code)).toEqual(["tkm"]);
  });

  it("is empty for no actions", () => {
    expect(buildSignatoryTimeline([])).toEqual({ steps: [], undated: [] });
  });
});
