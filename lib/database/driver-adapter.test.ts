import { describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { createDriverAdapter, databaseKindOf, sqliteFilePath } from "./driver-adapter";

describe("driver adapter chosen by DATABASE_URL", () => {
  it("uses better-sqlite3 for file: URLs and libSQL for servers", () => {
    expect(databaseKindOf("file:./data/app.db")).toBe("embedded-sqlite");
    expect(databaseKindOf("libsql://tracker-org.turso.io")).toBe("libsql-server");
    expect(databaseKindOf("https://db.example.org")).toBe("libsql-server");
    expect(databaseKindOf("http://127.0.0.1:8080")).toBe("libsql-server");
    expect(() => databaseKindOf("postgres://localhost/db")).toThrow(/Unsupported DATABASE_URL/);
  });

  it("builds the matching Prisma adapter", () => {
    expect(createDriverAdapter("file:/tmp/adapter-choice-test/app.db")).toBeInstanceOf(PrismaBetterSQLite3);
    expect(createDriverAdapter("libsql://example.turso.io", "token")).toBeInstanceOf(PrismaLibSQL);
  });

  it("resolves relative file paths against the working directory", () => {
    expect(sqliteFilePath("file:./data/app.db")).toBe(`${process.cwd()}/data/app.db`);
  });
});
