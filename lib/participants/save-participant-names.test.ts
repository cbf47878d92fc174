import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { participantName } from "@/lib/i18n/participant-name";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { readRecordRevision } from "@/lib/record/record-revision";
import { listPublishedActions } from "@/lib/signatories/list-published-actions";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { readParticipantReference } from "./read-participant-reference";
import { saveParticipantNames } from "./save-participant-names";
import { refusedInEnglish } from "@/tests/in-english";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("an organisation's names per language", () => {
  let database: Database;
  let admin: ActingUser;
  beforeAll(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
  });
  afterAll(() => database.drop());

  const turkicCouncil = async () => (await readParticipantReference(database.db)).get("turkic-council")!;

  it("are saved, audited, shown by participantName, found by search, and a blank one falls back to English", async () => {
    const revision = await readRecordRevision(database.db);
    await saveParticipantNames(database.db, admin, {
      participant: "turkic-council",
      "name-ru": "  Тюркский совет ",
      "name-zh": "突厥委员会",
      "name-fr": "",
    });
    const council = await turkicCouncil();
    expect(council.translatedNames).toEqual({ ru: "Тюркский совет", zh: "突厥委员会" });
    expect(participantName(council, "ru")).toBe("Тюркский совет");
    expect(participantName(council, "fr")).toBe("Turkic Council");
    expect(await readRecordRevision(database.db)).toBe(revision + 1);

    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "participant.names" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "participant", participantId: council.id, before: "{}" });
    expect(JSON.parse(audit.after!)).toEqual({ zh: "突厥委员会", ru: "Тюркский совет" });

    const instrument = await getInstrument(database.db);
    const found = await listPublishedActions(database.db, instrument.id, signatoryFiltersSchema.parse({ q: "тюркский" }));
    expect(found.map((row) => row.code)).toEqual(["turkic-council"]);

    await saveParticipantNames(database.db, admin, { participant: "turkic-council", "name-ru": "", "name-zh": "突厥委员会" });
    expect((await turkicCouncil()).translatedNames).toEqual({ zh: "突厥委员会" });
  });

  it.each([
    [{ participant: "turkic-council", "name-ar": "x".repeat(201) }, "name-ar", "The Arabic name is too long: use at most 200 characters"],
    [{ participant: "" }, "participant", "Choose an organisation"],
  ])("refuses bad input with the message under the field, writing nothing", async (input, field, message) => {
    const before = await database.snapshot();
    expect(await refusedInEnglish(saveParticipantNames(database.db, admin, input))).toMatchObject({
      code: "validation",
      fieldErrors: { [field]: message },
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("refuses states (named from CLDR) and unknown codes, writing nothing", async () => {
    const before = await database.snapshot();
    expect(await refusedInEnglish(saveParticipantNames(database.db, admin, { participant: "tur", "name-fr": "Turquie" }))).toMatchObject({
      code: "validation",
      message: expect.stringContaining("only organisations' names"),
    });
    expect(
      await refusedInEnglish(saveParticipantNames(database.db, admin, { participant: "atlantis", "name-fr": "Atlantide" })),
    ).toMatchObject({
      code: "not_found",
    });
    expect(await database.snapshot()).toEqual(before);
  });
});
