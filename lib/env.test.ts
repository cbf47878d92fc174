import { describe, expect, it } from "vitest";
import { parseEnvironment } from "./env";

describe("parseEnvironment", () => {
  it("works with nothing set", () => {
    expect(parseEnvironment({})).toMatchObject({ DATABASE_URL: "file:./data/app.db", PORT: 3000 });
  });

  it("treats empty values as unset", () => {
    expect(parseEnvironment({ DATABASE_URL: "", PORT: "" })).toMatchObject({ DATABASE_URL: "file:./data/app.db", PORT: 3000 });
  });

  it("trusts no proxy unless TRUST_PROXY names the number of hops", () => {
    expect(parseEnvironment({}).TRUST_PROXY).toBe(0);
    expect(parseEnvironment({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => parseEnvironment({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnvironment({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
  });

  it("names every bad variable", () => {
    expect(() => parseEnvironment({ DATABASE_URL: "mysql://x", PORT: "http", ADMIN_PASSWORD: "short" })).toThrow(
      /DATABASE_URL[\s\S]*PORT[\s\S]*ADMIN_PASSWORD/,
    );
  });

  it("reads the page cache's budget in bytes: 64 MB unless set, 0 turns it off, anything else is refused", () => {
    expect(parseEnvironment({}).PAGE_CACHE_MAX_BYTES).toBe(64 * 1024 * 1024);
    expect(parseEnvironment({ PAGE_CACHE_MAX_BYTES: "0" }).PAGE_CACHE_MAX_BYTES).toBe(0);
    expect(parseEnvironment({ PAGE_CACHE_MAX_BYTES: "1048576" }).PAGE_CACHE_MAX_BYTES).toBe(1048576);
    for (const value of ["-1", "64MB", "1.5"])
      expect(() => parseEnvironment({ PAGE_CACHE_MAX_BYTES: value }), value).toThrow(/PAGE_CACHE_MAX_BYTES/);
  });
});
