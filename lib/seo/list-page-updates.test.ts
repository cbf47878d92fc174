import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { recordAction } from "@/lib/participant-actions/record-action";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { listPageUpdates } from "./list-page-updates";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("when each public page last changed (sitemap lastmod)", () => {
  let database: Database;
  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
  });
  afterEach(() => database.drop());

  it("moves a participant's page and the lists when its action is published, and no other participant's", async () => {
    const { db } = database;
    const instrument = await getInstrument(db);
    const before = await listPageUpdates(db, instrument.id);
    expect(before.participants.size).toBe(await db.participant.count());
    expect(before.commitments.size).toBe(instrument.commitments.length);
    expect(before.record).toBeInstanceOf(Date);

    const startedAt = Date.now();
    await recordAction(db, await database.actingUser("editor"), validActionInput("Mexico — MEX"));
    const after = await listPageUpdates(db, instrument.id);

    expect(after.participants.get("mex")!.getTime()).toBeGreaterThanOrEqual(startedAt);
    expect(after.record!.getTime()).toBeGreaterThanOrEqual(startedAt);
    expect(after.participants.get("kaz")).toEqual(before.participants.get("kaz"));
    expect(after.instrument).toEqual(before.instrument);
    expect(after.commitments.get(1)).toEqual(before.commitments.get(1));
  });
});
