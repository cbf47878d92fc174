import { beforeAll, describe, expect, it } from "vitest";
import { messageTranslator, translateFields, type TranslateMessage } from "@/lib/i18n/translate-message";
import { parseSignatoryFilters } from "@/lib/signatories/signatory-filters";
import { parseQuery } from "./http";
import { changesQuerySchema } from "./schema";

// Every date an API query takes is checked against the calendar: a day that does not exist is a 400 naming
// the parameter, never rolled over into the next month (Date.parse reads 2026-02-30 as 2 March).

const IMPOSSIBLE_DAYS = ["2026-02-29", "2026-02-30", "2024-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"];

let inEnglish: TranslateMessage;
beforeAll(async () => {
  inEnglish = await messageTranslator("en");
});

/** The fields of the 400, as an English-speaking client reads them. */
function changesProblem(query: string): Record<string, string> | null {
  try {
    parseQuery(changesQuerySchema, new URLSearchParams(query));
    return null;
  } catch (error) {
    return translateFields(inEnglish, (error as { fields: Record<string, string> }).fields);
  }
}

describe("dates in API queries", () => {
  it("refuses a since day or time that is not in the calendar, naming since", () => {
    for (const day of IMPOSSIBLE_DAYS) {
      expect(changesProblem(`since=${day}`), day).toEqual({ since: expect.stringContaining("2026-01-31") as string });
      expect(changesProblem(`since=${day}T00:00:00Z`), `${day}T00:00:00Z`).toEqual({ since: expect.any(String) as string });
    }
    for (const time of ["2026-01-01T24:00:00Z", "2026-01-01T12:60:00Z", "2026-01-01T00:00:00+25:00", "2026-01-01 00:00:00Z"]) {
      expect(changesProblem(`since=${encodeURIComponent(time)}`), time).toHaveProperty("since");
    }
  });

  it("accepts real days and RFC 3339 times", () => {
    for (const since of ["2024-02-29", "2026-02-28", "2026-01-01T00:00:00Z", "2026-01-01T10:30:00.123+02:00"]) {
      expect(changesProblem(`since=${encodeURIComponent(since)}`), since).toBeNull();
    }
    expect(parseQuery(changesQuerySchema, new URLSearchParams("since=2026-03-01&limit=200"))).toEqual({ since: "2026-03-01", limit: 200 });
  });

  it("refuses a limit outside 1–200 or not a whole number", () => {
    for (const limit of ["0", "201", "-1", "1.5", "abc", "", "1e2", " 5"]) {
      expect(changesProblem(`limit=${encodeURIComponent(limit)}`), limit).toEqual({ limit: "Use a whole number from 1 to 200" });
    }
  });

  it("refuses an asOf that is not in the calendar, naming asOf", () => {
    for (const day of IMPOSSIBLE_DAYS) {
      const parsed = parseSignatoryFilters(new URLSearchParams(`asOf=${day}`));
      expect(parsed.ok, day).toBe(false);
      if (!parsed.ok) expect(Object.keys(parsed.fieldErrors), day).toEqual(["asOf"]);
    }
    const shape = parseSignatoryFilters(new URLSearchParams("asOf=15/07/2019"));
    expect(inEnglish(shape.ok ? "" : (shape.fieldErrors.asOf ?? ""))).toBe("Write the date as YYYY-MM-DD, e.g. 2019-07-15");
    const missing = parseSignatoryFilters(new URLSearchParams("asOf=2019-02-30"));
    expect(inEnglish(missing.ok ? "" : (missing.fieldErrors.asOf ?? ""))).toBe("That day does not exist in that month");
  });
});
