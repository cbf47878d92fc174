import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { readRecordRevision } from "@/lib/record/record-revision";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { codeTextFor } from "./code-text-for";
import { getInstrument } from "./get-instrument";
import { saveOfficialText } from "./save-official-text";
import { refusedInEnglish } from "@/tests/in-english";

// Test texts are marked as such: nothing here is, or pretends to be, the Code's real wording in a language.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("official texts of the Code in other languages", () => {
  let database: Database;
  let admin: ActingUser;
  let instrument: Awaited<ReturnType<typeof getInstrument>>;
  beforeAll(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
    instrument = await getInstrument(database.db);
  });
  afterAll(() => database.drop());

  const heading = { locale: "fr", title: "Titre d'essai", sourceTitle: "Document d'essai", sourceUrl: "https://example.org/essai" };
  /** Every commitment and point filled with a marked test text, but those named in `leaveOut`. */
  const fields = (leaveOut: string[] = []) => {
    const values: Record<string, string> = {};
    for (const commitment of instrument.commitments) {
      values[`commitment-${commitment.number}`] = `Engagement d'essai ${commitment.number}`;
      commitment.points.forEach(
        (_point, index) => (values[`commitment-${commitment.number}-point-${index + 1}`] = `Point d'essai ${index + 1}`),
      );
    }
    for (const name of leaveOut) values[name] = "";
    return values;
  };

  it("shows the English text, flagged, for every other language while none is entered; never for English", async () => {
    const english = await codeTextFor(database.db, instrument, "en");
    expect(english).toMatchObject({ locale: "en", isEnglishFallback: false, title: instrument.title });
    const russian = await codeTextFor(database.db, instrument, "ru");
    expect(russian).toMatchObject({
      locale: "en",
      isEnglishFallback: true,
      title: instrument.title,
      source: { title: instrument.sourceTitle },
    });
    expect(russian.commitments.map((c) => c.text)).toEqual(instrument.commitments.map((c) => c.text));
  });

  it("keeps the English text until every commitment and point is entered, then shows the official text with its source", async () => {
    const revision = await readRecordRevision(database.db);
    const partial = await saveOfficialText(database.db, admin, { ...heading, ...fields(["commitment-10"]) });
    expect(partial).toEqual({ locale: "fr", complete: false });
    expect(await codeTextFor(database.db, instrument, "fr")).toMatchObject({ locale: "en", isEnglishFallback: true });
    expect(await readRecordRevision(database.db)).toBe(revision + 1);

    const complete = await saveOfficialText(database.db, admin, { ...heading, ...fields() });
    expect(complete).toEqual({ locale: "fr", complete: true });
    const french = await codeTextFor(database.db, instrument, "fr");
    expect(french).toMatchObject({
      locale: "fr",
      isEnglishFallback: false,
      title: "Titre d'essai",
      source: { title: "Document d'essai", url: "https://example.org/essai" },
    });
    expect(french.commitments).toHaveLength(instrument.commitments.length);
    const withPoints = instrument.commitments.find((c) => c.points.length > 0)!;
    expect(french.commitments.find((c) => c.number === withPoints.number)!.points.map((p) => p.text)).toEqual(
      withPoints.points.map((_p, index) => `Point d'essai ${index + 1}`),
    );
    // Other languages are untouched.
    expect(await codeTextFor(database.db, instrument, "es")).toMatchObject({ isEnglishFallback: true });

    const audit = await database.db.auditEntry.findMany({ where: { entityType: "instrument" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["official-text.create", "official-text.update"]);
    expect(audit[1]).toMatchObject({ actorId: admin.id, entityId: `${instrument.id}:fr` });
    expect((JSON.parse(audit[1]!.before!) as { commitments: unknown[] }).commitments).toHaveLength(instrument.commitments.length - 1);
  });

  it.each([
    [{ ...heading, locale: "en" }, "locale", "Choose Arabic, Chinese, French, Russian or Spanish"],
    [{ ...heading, title: " " }, "title", "Enter the title"],
    [{ ...heading, sourceUrl: "" }, "sourceUrl", "Enter the web address of the source (https://…)"],
    [
      { ...heading, sourceUrl: "javascript:alert(1)" },
      "sourceUrl",
      "The source's address must be a web address starting with http:// or https://",
    ],
    [{ ...heading, "commitment-1": "x".repeat(5001) }, "commitment-1", "Commitment 1 is too long: use at most 5,000 characters"],
  ])("refuses bad input with the message under the field, writing nothing (%#)", async (input, field, message) => {
    const before = await database.snapshot();
    expect(await refusedInEnglish(saveOfficialText(database.db, admin, input))).toMatchObject({
      code: "validation",
      fieldErrors: { [field]: message },
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("refuses points entered without their commitment's text, writing nothing", async () => {
    const withPoints = instrument.commitments.find((c) => c.points.length > 0)!;
    const before = await database.snapshot();
    expect(
      await refusedInEnglish(
        saveOfficialText(database.db, admin, { ...heading, locale: "es", [`commitment-${withPoints.number}-point-1`]: "Punto de prueba" }),
      ),
    ).toMatchObject({
      code: "validation",
      fieldErrors: { [`commitment-${withPoints.number}`]: `Enter the text of commitment ${withPoints.number} as well as its points` },
    });
    expect(await database.snapshot()).toEqual(before);
  });
});
