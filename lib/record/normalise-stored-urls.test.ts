import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordAction } from "@/lib/participant-actions/record-action";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { normaliseStoredUrls, URL_NORMALISER } from "./normalise-stored-urls";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

// A stored evidence URL is always a valid URL: the form stores new URL(…).href, and rows written before
// that are brought into the same form at start-up, each change in the audit log.

const AS_TYPED = "HTTPS://Example.ORG/Évidence file.pdf?q=a b#top";
const NORMALISED = "https://example.org/%C3%89vidence%20file.pdf?q=a%20b#top";

describe("stored web addresses", () => {
  let database: Database;
  beforeEach(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
  });
  afterEach(() => database.drop());

  it("are stored normalised when an editor records them", async () => {
    const editor = await database.actingUser("editor");
    const saved = await recordAction(database.db, editor, validActionInput("Mexico — MEX", { evidenceUrl: `  ${AS_TYPED}  ` }));
    const row = await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.evidenceUrl).toBe(NORMALISED);
    expect(new URL(row.evidenceUrl!).href).toBe(row.evidenceUrl);
  });

  it("written before, are normalised at start-up with an audit entry each and one revision", async () => {
    const { db } = database;
    const editor = await database.actingUser("editor");
    const saved = await recordAction(db, editor, validActionInput("Mexico — MEX"));
    // As an older version stored it: straight into the table, as typed.
    await db.participantAction.update({ where: { id: saved.id }, data: { evidenceUrl: AS_TYPED } });
    const before = await database.snapshot();

    expect(await normaliseStoredUrls(db)).toEqual({ actions: 1, statements: 0 });
    const row = await db.participantAction.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ evidenceUrl: NORMALISED, version: 2 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: saved.id }, orderBy: { createdAt: "desc" } });
    expect(entry).toMatchObject({ actorId: null, actorName: URL_NORMALISER.name, action: "signature.update", isPublic: true });
    expect(JSON.parse(entry.before!)).toMatchObject({ evidenceUrl: AS_TYPED });
    expect(JSON.parse(entry.after!)).toMatchObject({ evidenceUrl: NORMALISED });
    const after = await database.snapshot();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.audit).toBe(before.audit + 1);

    // Run again (every start): nothing to do, nothing written.
    expect(await normaliseStoredUrls(db)).toEqual({ actions: 0, statements: 0 });
    expect(await database.snapshot()).toEqual(after);
  });

  it("leave the seeded record as it is: its addresses are already normalised", async () => {
    const before = await database.snapshot();
    expect(await normaliseStoredUrls(database.db)).toEqual({ actions: 0, statements: 0 });
    expect(await database.snapshot()).toEqual(before);
  });
});
