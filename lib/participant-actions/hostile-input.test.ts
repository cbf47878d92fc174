import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionKind, PublicationStatus, VerificationLevel } from "@/generated/prisma/enums";
import type { ActingUser } from "@/lib/auth/acting-user";
import { toWellFormed } from "@/lib/db";
import {
  createTally,
  expectSuccessOrFieldRefusal,
  hostileInput,
  hostileValue,
  mostlyValid,
  PROPERTY_RUNS,
  type HostileCallRules,
} from "@/tests/hostile-input";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { RECORDED_FIELDS, recordedValuesOf } from "./action-fields";
import { correctAction } from "./correct-action";
import { deleteAction } from "./delete-action";
import { recordAction } from "./record-action";
import { createActionInputSchema, type ActionInput } from "./schema";

// Property-based: 1,000 generated inputs per domain function, most of them close to valid so that many
// succeed and are checked, the rest hostile in one or more fields.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const ACTION_FIELDS = ["participant", ...RECORDED_FIELDS];
const CORRECTION_FIELDS = [...ACTION_FIELDS, "id", "version", "reason"];
const DELETION_FIELDS = ["id", "reason"];

// Floors on the inputs accepted and refused in 1,000 runs: about half of the fewest seen (recordAction
// 95–107 accepted, correctAction 64–71, deleteAction 93–108; each refused about 900).
const RECORD_FLOORS = { accepted: 50, refused: 500 };
const CORRECT_FLOORS = { accepted: 30, refused: 500 };
const DELETE_FLOORS = { accepted: 50, refused: 500 };

// What each call may answer, by caller: the administrator is never forbidden; the editor, whose scope is
// Kazakhstan, may be; only administrators delete, so an editor's deletion is always forbidden.
const RULES = {
  record: {
    admin: { fields: ACTION_FIELDS, refusals: ["validation", "conflict"] },
    editor: { fields: ACTION_FIELDS, refusals: ["validation", "conflict", "forbidden"] },
  },
  correct: {
    admin: { fields: CORRECTION_FIELDS, refusals: ["validation", "conflict", "not_found"] },
    editor: { fields: CORRECTION_FIELDS, refusals: ["validation", "conflict", "not_found", "forbidden"] },
  },
  delete: {
    admin: { fields: DELETION_FIELDS, refusals: ["validation", "not_found"] },
    editor: { fields: DELETION_FIELDS, refusals: ["forbidden"], mayAccept: false },
  },
} satisfies Record<string, Record<"admin" | "editor", HostileCallRules>>;

const friendlyText = fc.string({ unit: "grapheme", maxLength: 40 });
const datedAs = fc.constantFrom(["day", "2019-03-01"], ["month", "2019-03"], ["year", "2020"], ["unknown", ""], ["day", "2018-09-28"]);

function actionFields(participants: string[]): fc.Arbitrary<Record<string, unknown>> {
  return datedAs.chain(([precision, date]) =>
    fc.record({
      participant: mostlyValid(fc.constantFrom(...participants)),
      action: mostlyValid(fc.constantFrom(...Object.values(ActionKind))),
      datePrecision: mostlyValid(precision),
      date: mostlyValid(date),
      place: mostlyValid(friendlyText),
      signerName: mostlyValid("A. Signer"),
      signerTitle: mostlyValid(friendlyText),
      evidenceUrl: mostlyValid(fc.constantFrom("https://example.org/evidence", "", "http://example.org/a?b=<c>")),
      documentSymbol: mostlyValid("A/73/000"),
      evidenceDescription: mostlyValid(friendlyText),
      verification: mostlyValid(fc.constantFrom(...Object.values(VerificationLevel))),
      notes: mostlyValid(fc.constantFrom("", "<script>alert(1)</script>")),
      status: mostlyValid(fc.constantFrom(...Object.values(PublicationStatus))),
    }),
  );
}

describe("signature domain functions under hostile input", () => {
  let database: Database;
  let admin: ActingUser;
  let kazakhstanEditor: ActingUser;
  let openedOn: string;
  const actorOf = (which: "admin" | "editor") => (which === "admin" ? admin : kazakhstanEditor);

  beforeAll(async () => {
    database = await createSeededTestDatabase({ requiresReview: false });
    admin = await database.actingUser("admin");
    kazakhstanEditor = await database.actingUser("editor", ["kaz"]);
    openedOn = (await database.db.instrument.findFirstOrThrow({ select: { openedOn: true } })).openedOn;
  });
  afterAll(() => database.drop());

  /** What the database holds for a parsed input: lone surrogates become U+FFFD at the client (lib/db.ts). */
  async function expectStored(id: string, parsed: ActionInput) {
    const input = toWellFormed(parsed) as ActionInput;
    const row = await database.db.participantAction.findUniqueOrThrow({
      where: { id },
      include: { participant: { select: { code: true } } },
    });
    expect(row).toMatchObject(recordedValuesOf(input));
    return row;
  }

  it("recordAction: records exactly what the schema accepts, or refuses naming the field and writes nothing", async () => {
    const tally = createTally("recordAction");
    const unsigned = ["mex", "Chile", "NOR", "Japan — JPN", "br", "kaz"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("admin" as const, "editor" as const), hostileInput(actionFields(unsigned)), async (who, raw) => {
        const outcome = await expectSuccessOrFieldRefusal(
          database.db,
          RULES.record[who],
          () => recordAction(database.db, actorOf(who), raw),
          async (saved) => {
            const input = createActionInputSchema({ openedOn }).parse(raw);
            const row = await expectStored(saved.id, input);
            expect(row).toMatchObject({ version: 1, participant: { code: saved.participantCode } });
            expect(await database.db.auditEntry.count({ where: { entityId: saved.id } })).toBe(1);
            // Leave the participant unsigned for the next run.
            await database.db.auditEntry.deleteMany({ where: { entityId: saved.id } });
            await database.db.participantAction.delete({ where: { id: saved.id } });
          },
        );
        tally.add(outcome);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    tally.expectAtLeast(RECORD_FLOORS.accepted, RECORD_FLOORS.refused);
  });

  it("correctAction: applies exactly what the schema accepts to the version named, or refuses and writes nothing", async () => {
    const tally = createTally("correctAction");
    const kaz = await database.db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } }, select: { id: true } });
    const CURRENT = Symbol("the signature's current version");
    const correction = fc
      .tuple(
        actionFields(["kaz", "Kazakhstan — KAZ", "kz"]),
        fc.record({
          id: mostlyValid(kaz.id, 30),
          version: fc.oneof({ weight: 8, arbitrary: fc.constant(CURRENT) }, fc.constant("1"), fc.integer(), fc.double(), hostileValue),
          reason: mostlyValid(fc.constantFrom("Corrected from the UN Journal", "", "  ")),
        }),
      )
      .map(([fields, identity]) => ({ ...fields, ...identity }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("admin" as const, "editor" as const), hostileInput(correction), async (who, generated) => {
        const current = await database.db.participantAction.findUniqueOrThrow({ where: { id: kaz.id }, select: { version: true } });
        const raw =
          generated &&
          typeof generated === "object" &&
          !Array.isArray(generated) &&
          (generated as { version?: unknown }).version === CURRENT
            ? { ...generated, version: String(current.version) }
            : generated;
        const outcome = await expectSuccessOrFieldRefusal(
          database.db,
          RULES.correct[who],
          () => correctAction(database.db, actorOf(who), raw as Record<string, unknown>),
          async (saved) => {
            expect(saved.version).toBe(current.version + 1);
            const row = await expectStored(kaz.id, createActionInputSchema({ openedOn }).parse(raw));
            expect(row.version).toBe(current.version + 1);
            expect(
              await database.db.auditEntry.count({
                where: { entityId: kaz.id, action: { in: ["signature.update", "signature.publish"] } },
              }),
            ).toBe(row.version - 1);
          },
        );
        tally.add(outcome);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    tally.expectAtLeast(CORRECT_FLOORS.accepted, CORRECT_FLOORS.refused);
  });

  it("deleteAction: deletes the named record with its reason kept, or refuses and writes nothing", async () => {
    const tally = createTally("deleteAction");
    const TARGET = "the disposable signature";
    let target: string | null = null;
    const deletion = fc.record({
      id: fc.oneof(
        { weight: 6, arbitrary: fc.constant(TARGET) },
        fc.constant("cmnotarealid000000000000"),
        hostileValue,
        fc.constant(undefined),
      ),
      reason: mostlyValid(fc.constantFrom("Recorded in error: duplicate of the UN Journal entry", "four", "     x     ")),
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("admin" as const, "editor" as const), hostileInput(deletion), async (who, generated) => {
        if (!target)
          target = (
            await recordAction(database.db, admin, {
              participant: "bra",
              action: "signature",
              datePrecision: "year",
              date: "2019",
              verification: "press_report",
              status: "draft",
            })
          ).id;
        const raw =
          generated && typeof generated === "object" && (generated as { id?: unknown }).id === TARGET
            ? { ...generated, id: target }
            : generated;
        const outcome = await expectSuccessOrFieldRefusal(
          database.db,
          RULES.delete[who],
          () => deleteAction(database.db, actorOf(who), raw),
          async (deleted) => {
            expect(deleted).toEqual({ participantCode: "bra", isPending: false });
            expect(await database.db.participantAction.count({ where: { id: target! } })).toBe(0);
            const entry = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: target!, action: "signature.delete" } });
            expect(entry.reason).toBe(toWellFormed(String((raw as { reason: string }).reason).trim()));
            target = null;
          },
        );
        tally.add(outcome);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    tally.expectAtLeast(DELETE_FLOORS.accepted, DELETE_FLOORS.refused);
  });
});
