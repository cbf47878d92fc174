import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatPartialDate } from "./format-date";
import { todayIso, utcMidnightOf } from "./partial-date";

describe("formatPartialDate", () => {
  it("writes each precision in day-month-year order", () => {
    expect(formatPartialDate("2018-09-28", "day")).toBe("28 Sept 2018");
    expect(formatPartialDate("2019-07", "month")).toBe("Jul 2019");
    expect(formatPartialDate("2019", "year")).toBe("2019");
    expect(formatPartialDate(null, "unknown")).toBeNull();
    expect(formatDay("2019-06-14")).toBe("14 Jun 2019");
  });
});

// vitest.config.ts runs this file again under TZ=Pacific/Kiritimati (UTC+14) and TZ=America/Adak (UTC−10),
// where a calendar date turned into a local-time instant lands on another day.
describe(`dates in the time zone of this run (${process.env.TZ ?? "the machine's"})`, () => {
  it("really runs in that time zone", () => {
    if (process.env.TZ) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it("never shifts a calendar day, at the start or the end of a year", () => {
    expect(formatPartialDate("2019-01-01", "day")).toBe("1 Jan 2019");
    expect(formatPartialDate("2019-12-31", "day")).toBe("31 Dec 2019");
    expect(formatPartialDate("2019-01", "month")).toBe("Jan 2019");
    expect(formatPartialDate("2019", "year")).toBe("2019");
    expect(utcMidnightOf("2019-01-01").toISOString()).toBe("2019-01-01T00:00:00.000Z");
  });

  it("writes an instant on its UTC day, and today is the UTC day", () => {
    const options = { day: "numeric", month: "short", year: "numeric" } as const;
    expect(formatDateTime(new Date("2019-01-01T00:30:00Z"), options)).toBe("1 Jan 2019");
    expect(formatDateTime(new Date("2018-12-31T23:30:00Z"), options)).toBe("31 Dec 2018");
    expect(todayIso(new Date("2026-11-28T23:30:00Z"))).toBe("2026-11-28");
    expect(todayIso(new Date("2026-11-29T00:30:00Z"))).toBe("2026-11-29");
  });
});
