import { describe, expect, it } from "vitest";
import { formatDay, formatPartialDate } from "./format-date";

describe("formatPartialDate", () => {
  it("writes each precision in day-month-year order", () => {
    expect(formatPartialDate("2018-09-28", "day")).toBe("28 Sept 2018");
    expect(formatPartialDate("2019-07", "month")).toBe("Jul 2019");
    expect(formatPartialDate("2019", "year")).toBe("2019");
    expect(formatPartialDate(null, "unknown")).toBeNull();
    expect(formatDay("2019-06-14")).toBe("14 Jun 2019");
  });

  it("never shifts a day across time zones", () => {
    expect(formatPartialDate("2019-01-01", "day")).toBe("1 Jan 2019");
    expect(formatPartialDate("2019-12-31", "day")).toBe("31 Dec 2019");
  });
});
