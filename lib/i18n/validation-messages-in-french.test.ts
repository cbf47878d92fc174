import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { readImportDate } from "@/lib/imports/import-date";
import { ACTION_LIMITS, createActionInputSchema } from "@/lib/participant-actions/schema";
import { recordAction } from "@/lib/participant-actions/record-action";
import { createUserSchema } from "@/lib/users/schema";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { readMessageKey } from "./message-key";
import { messageTranslator, type TranslateMessage } from "./translate-message";

// The domain's messages, written by a schema, an import's reader or a domain function, reach a French reader
// in French, the field's name included, with no message key showing.

const MARK = "\u2063msg:";
let french: TranslateMessage;
let english: TranslateMessage;

beforeAll(async () => {
  [french, english] = await Promise.all([messageTranslator("fr"), messageTranslator("en")]);
});

function expectFrench(message: string | undefined) {
  expect(message).toBeDefined();
  const inFrench = french(message!);
  expect(inFrench).not.toContain(MARK);
  expect(inFrench).not.toContain("validation.");
  expect(inFrench).not.toBe(english(message!));
  return inFrench;
}

describe("validation messages in French", () => {
  it("a required field left empty", () => {
    const parsed = createUserSchema.safeParse({ name: "", email: "a@example.org", role: "editor" });
    expect(expectFrench(parsed.error?.issues.find((issue) => issue.path[0] === "name")?.message)).toBe("Indiquez le nom");
  });

  it("a field too long, named by its French label", () => {
    const schema = createActionInputSchema({ openedOn: "2018-09-28", today: "2026-01-01" });
    const parsed = schema.safeParse({ ...validActionInput("kaz"), place: "x".repeat(ACTION_LIMITS.place + 1) });
    const message = parsed.error?.issues.find((issue) => issue.path[0] === "place")?.message;
    const inFrench = expectFrench(message);
    const frenchLabel = french(String(readMessageKey(message!)?.values.label));
    expect(frenchLabel).toBe("Lieu ou événement");
    // French typography: no-break spaces inside « » and before the colon.
    expect(inFrench).toBe("Le champ «\u00a0Lieu ou événement\u00a0» est trop long\u00a0: 300 caractères au maximum");
  });

  it("an import row's problem", () => {
    const read = readImportDate("09/10/2018");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(expectFrench(read.message)).toContain("2018-10-09");
  });

  describe("a domain function's field error", () => {
    let database: Awaited<ReturnType<typeof createSeededTestDatabase>>;
    beforeAll(async () => {
      database = await createSeededTestDatabase({ requiresReview: false });
    });
    afterAll(() => database.drop());

    it("a second signature for the same participant", async () => {
      const editor = await database.actingUser("editor");
      const error = await recordAction(database.db, editor, validActionInput("tun")).catch((refusal: unknown) => refusal);
      expect(isAppError(error) && error.code).toBe("conflict");
      if (isAppError(error)) {
        expectFrench(error.message);
        expect(expectFrench(error.fieldErrors.participant)).toContain("Tunisia");
      }
    });
  });
});
