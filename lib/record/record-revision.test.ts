import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { bumpRecordRevision, readRecordRevision } from "./record-revision";

describe("record revision", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it("is seen at once by the fast reader after a committed bump, and not before", async () => {
    expect(await readRecordRevision(database.db, database.url)).toBe(0);
    await database.db.$transaction(async (tx) => {
      await bumpRecordRevision(tx);
      expect(await readRecordRevision(database.db, database.url)).toBe(0); // uncommitted
    });
    expect(await readRecordRevision(database.db, database.url)).toBe(1);
    expect(await readRecordRevision(database.db)).toBe(1);
  });
});
