import { describe, expect, it } from "vitest";
import { parseEnvironment } from "./env";

describe("parseEnvironment", () => {
  it("works with nothing set", () => {
    expect(parseEnvironment({})).toMatchObject({ DATABASE_URL: "file:./data/app.db", PORT: 3000 });
  });

  it("treats empty values as unset", () => {
    expect(parseEnvironment({ DATABASE_URL: "", PORT: "" })).toMatchObject({ DATABASE_URL: "file:./data/app.db", PORT: 3000 });
  });

  it("names every bad variable", () => {
    expect(() => parseEnvironment({ DATABASE_URL: "mysql://x", PORT: "http", ADMIN_PASSWORD: "short" })).toThrow(
      /DATABASE_URL[\s\S]*PORT[\s\S]*ADMIN_PASSWORD/,
    );
  });
});
