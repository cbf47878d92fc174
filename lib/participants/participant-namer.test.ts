import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { getParticipantNamer } from "./participant-namer";
import { readParticipantReference } from "./read-participant-reference";
import { saveParticipantNames } from "./save-participant-names";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("getParticipantNamer", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createSeededTestDatabase();
    const admin = await database.actingUser("admin");
    await saveParticipantNames(database.db, admin, { participant: "turkic-council", "name-ru": "Тюркский совет" });
  });
  afterAll(() => database.drop());

  it("names list rows (code and English name only) in the reader's language, organisations by their entered names", async () => {
    const reference = await readParticipantReference(database.db);
    const rows = ["tur", "turkic-council", "kaz"].map((code) => {
      const { translatedNames: _names, ...row } = reference.get(code)!;
      return row;
    });
    const russian = await getParticipantNamer(database.db, "ru");
    expect(russian.named(rows).map((row) => row.name)).toEqual(["Турция", "Тюркский совет", "Казахстан"]);
    const french = await getParticipantNamer(database.db, "fr");
    expect(french.named(rows).map((row) => row.name)).toEqual(["Turquie", "Turkic Council", "Kazakhstan"]);
    const english = await getParticipantNamer(database.db, "en");
    expect(english.named(rows).map((row) => row.name)).toEqual(["Türkiye", "Turkic Council", "Kazakhstan"]);
  });

  it("treats an unknown locale as English and sorts names as the language's readers do", async () => {
    expect((await getParticipantNamer(database.db, "xx")).locale).toBe("en");
    const spanish = await getParticipantNamer(database.db, "es");
    expect(["Zambia", "Ángola", "Chad"].sort(spanish.compareNames)).toEqual(["Ángola", "Chad", "Zambia"]);
  });

  it("names a code in the reader's language, keeps a recorded English name in English, and falls back to the code", async () => {
    const russian = await getParticipantNamer(database.db, "ru");
    expect(russian.nameOfCode("kaz", "Kazakhstan")).toBe("Казахстан");
    expect(russian.nameOfCode("kaz")).toBe("Казахстан");
    expect(russian.nameOfCode("gone", "A Former Name")).toBe("A Former Name");
    expect(russian.nameOfCode("gone")).toBe("gone");
    const english = await getParticipantNamer(database.db, "en");
    expect(english.nameOfCode("tur", "Turkey")).toBe("Turkey");
    expect(english.nameOfCode("tur")).toBe("Türkiye");
  });
});
