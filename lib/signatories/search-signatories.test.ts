import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { listPublishedActionsAtRevision } from "@/lib/ledger/published-at-revision";
import { readRecordRevision } from "@/lib/record/record-revision";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { listPublishedActions } from "./list-published-actions";
import { signatoryFiltersSchema } from "./signatory-filters";

// The list's `q` against a real seeded database: the live list (/signatories, the API, exports) and the
// list at a past revision search names the same way, in all six languages.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
let database: Database;
let instrumentId: string;

beforeAll(async () => {
  database = await createSeededTestDatabase();
  instrumentId = (await getInstrument(database.db)).id;
});
afterAll(() => database.drop());

const codesFound = async (q: string) =>
  (await listPublishedActions(database.db, instrumentId, signatoryFiltersSchema.parse({ q }))).map((row) => row.code);

describe("q on the signatory list", () => {
  it.each(["turkiye", "Turkey", "Türkiye", "Турция", "土耳其"])("finds Türkiye by %s, and only states so named", async (q) => {
    expect(await codesFound(q)).toEqual(["tur"]);
  });

  it("finds the Turkic Council by part of its name, and nothing for a name no participant has", async () => {
    expect(await codesFound("turkic")).toEqual(["turkic-council"]);
    expect(await codesFound("Atlantis")).toEqual([]);
  });

  it("gives the same rows at the current revision, rebuilt from the ledger", async () => {
    const revision = await readRecordRevision(database.db);
    for (const q of ["turquie", "Казахстан", "KAZ", "stan"]) {
      const filters = signatoryFiltersSchema.parse({ q });
      const live = (await listPublishedActions(database.db, instrumentId, filters)).map((row) => row.code);
      const past = (await listPublishedActionsAtRevision(database.db, filters, revision)).map((row) => row.code);
      expect(past, q).toEqual(live);
      expect(live.length, q).toBeGreaterThan(0);
    }
  });
});
