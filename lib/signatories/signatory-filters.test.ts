import { describe, expect, it } from "vitest";
import { parseSignatoryFilters, signatoryFiltersToQuery } from "./signatory-filters";
import { inEnglish } from "@/tests/in-english";

describe("signatory filters from the URL", () => {
  it("applies defaults and treats empty values as no filter", () => {
    expect(parseSignatoryFilters(new URLSearchParams("q=&region=&year="))).toEqual({
      ok: true,
      filters: { sort: "name", order: "asc" },
    });
  });

  it("reads every filter", () => {
    const result = parseSignatoryFilters(
      new URLSearchParams("q=Tun&region=africa&year=2018&kind=state&action=signature&sort=date&order=desc&asOf=2019-01-01"),
    );
    expect(result).toEqual({
      ok: true,
      filters: {
        q: "Tun",
        region: "Africa",
        year: "2018",
        kind: "state",
        action: "signature",
        sort: "date",
        order: "desc",
        asOf: "2019-01-01",
      },
    });
  });

  it("names each bad value and keeps the good ones", async () => {
    const result = parseSignatoryFilters({ asOf: "2019-02-30", year: "18", kind: "state", sort: "size" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(await inEnglish(result.fieldErrors)).toEqual({
      asOf: "That day does not exist in that month",
      year: "Write the year with four digits, e.g. 2018",
      sort: "Sort by name or date",
    });
    expect(result.filters).toEqual({ kind: "state", sort: "name", order: "asc" });
  });

  it("writes a short query that reads back the same", () => {
    const filters = { q: "Mor", kind: "state", sort: "date", order: "asc" } as const;
    const query = signatoryFiltersToQuery(filters);
    expect(query.toString()).toBe("q=Mor&kind=state&sort=date");
    expect(parseSignatoryFilters(query)).toEqual({ ok: true, filters });
  });
});
