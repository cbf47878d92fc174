import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { recordAction } from "@/lib/participant-actions/record-action";
import { recordStatement } from "@/lib/statements/record-statement";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { requiredText, withoutControlCharacters } from "./fields";
import { refusedInEnglish } from "@/tests/in-english";

// NUL, escape sequences and other control characters were stored as typed and reached every export.
const HOSTILE = "Min\u0000ister\u001b[31m of\u0007 For\u007feign\u0085 Affairs\r\nline two\tcolumn";
const CLEAN = "Minister[31m of Foreign Affairs\nline two\tcolumn";

describe("control characters in stored text", () => {
  let database: Awaited<ReturnType<typeof createSeededTestDatabase>>;
  let admin: ActingUser;
  beforeAll(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    admin = await database.actingUser("admin");
  });
  afterAll(() => database.drop());

  it("strips all of them but tab and line feed", () => {
    expect(withoutControlCharacters(HOSTILE)).toBe(CLEAN);
  });

  it("are stripped from a signature's and a statement's text as recorded", async () => {
    const saved = await recordAction(database.db, admin, validActionInput("mex", { signerTitle: HOSTILE, notes: "\u0000note" }));
    const action = await database.db.participantAction.findUniqueOrThrow({ where: { id: saved.id } });
    expect(action.signerTitle).toBe(CLEAN);
    expect(action.notes).toBe("note");
    const statement = await recordStatement(database.db, admin, {
      participant: "kaz",
      kind: "declaration",
      text: HOSTILE,
      commitments: ["2"],
      status: "draft",
    });
    expect((await database.db.statement.findUniqueOrThrow({ where: { id: statement.id } })).text).toBe(CLEAN);
  });

  it("leave a required field empty, so it is refused with its message and nothing is written", async () => {
    expect(requiredText("Name", 100, "Enter name").safeParse("\u0000\u0007 ").error?.issues[0]?.message).toBe("Enter name");
    const before = await database.snapshot();
    expect(
      await refusedInEnglish(
        recordStatement(database.db, admin, {
          participant: "kaz",
          kind: "declaration",
          text: "\u0000\u001b",
          commitments: ["2"],
          status: "draft",
        }),
      ),
    ).toMatchObject({
      code: "validation",
      fieldErrors: { text: "Enter the statement's text" },
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("are stripped by the database client from every other string written", async () => {
    const participant = await database.db.participant.findFirstOrThrow({ where: { code: "kaz" } });
    await database.db.participant.update({ where: { id: participant.id }, data: { formalName: HOSTILE } });
    expect((await database.db.participant.findUniqueOrThrow({ where: { id: participant.id } })).formalName).toBe(CLEAN);
  });
});
