import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StatementKind } from "@/generated/prisma/enums";
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
import { recordStatement } from "./record-statement";
import { statementInputSchema } from "./schema";
import { refusedInEnglish } from "@/tests/in-english";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const STATEMENT_FIELDS = Object.keys(statementInputSchema.shape);

// The administrator is never forbidden; the editor, whose scope is Kazakhstan, may be.
const RULES = {
  admin: { fields: STATEMENT_FIELDS, refusals: ["validation"] },
  editor: { fields: STATEMENT_FIELDS, refusals: ["validation", "forbidden"] },
} satisfies Record<"admin" | "editor", HostileCallRules>;

// Floors on the inputs accepted and refused in 1,000 runs: about half of the fewest seen (65–87 accepted,
// about 920 refused).
const FLOORS = { accepted: 35, refused: 500 };

const statementFields: fc.Arbitrary<Record<string, unknown>> = fc.record({
  participant: mostlyValid(fc.constantFrom("kaz", "Tunisia", "MEX", "Kazakhstan — KAZ")),
  kind: mostlyValid(fc.constantFrom(...Object.values(StatementKind))),
  text: mostlyValid(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 })),
  commitments: fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.integer({ min: 1, max: 10 }).map(String), { minLength: 1, maxLength: 10 }) },
    fc.array(fc.oneof(fc.integer(), hostileValue), { maxLength: 12 }),
    hostileValue,
  ),
  madeOn: mostlyValid(fc.constantFrom("", "2019-07-15", "2019-02-30", "9999-12-31")),
  sourceUrl: mostlyValid(fc.constantFrom("", "https://example.org/statement", "javascript:alert(1)")),
  status: mostlyValid(fc.constantFrom("draft", "published")),
});

describe("recordStatement under hostile input", () => {
  let database: Database;
  let admin: ActingUser;
  let kazakhstanEditor: ActingUser;

  beforeAll(async () => {
    // Hostile input, not review: "published" is one of the statuses tried, so editors may publish directly.
    database = await createSeededTestDatabase({ requiresReview: false });
    admin = await database.actingUser("admin");
    kazakhstanEditor = await database.actingUser("editor", ["kaz"]);
  });
  afterAll(() => database.drop());

  it("stores exactly what the schema accepts, linked to the commitments named, or refuses naming the field and writes nothing", async () => {
    const tally = createTally("recordStatement");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("admin" as const, "editor" as const), hostileInput(statementFields), async (who, raw) => {
        const actor = who === "admin" ? admin : kazakhstanEditor;
        const outcome = await expectSuccessOrFieldRefusal(
          database.db,
          RULES[who],
          () => recordStatement(database.db, actor, raw),
          async (saved) => {
            const input = toWellFormed(statementInputSchema.parse(raw)) as ReturnType<typeof statementInputSchema.parse>;
            const row = await database.db.statement.findUniqueOrThrow({
              where: { id: saved.id },
              include: { commitments: { select: { number: true }, orderBy: { number: "asc" } }, participant: { select: { code: true } } },
            });
            expect(row).toMatchObject({
              kind: input.kind,
              text: input.text,
              madeOn: input.madeOn,
              sourceUrl: input.sourceUrl,
              status: input.status,
              participant: { code: saved.participantCode },
            });
            expect(row.commitments.map((c) => c.number)).toEqual([...new Set(input.commitments)].sort((a, b) => a - b));
            expect(await database.db.auditEntry.count({ where: { entityId: saved.id, action: "statement.create" } })).toBe(1);
          },
        );
        tally.add(outcome);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    tally.expectAtLeast(FLOORS.accepted, FLOORS.refused);
  });

  it("stores a lone UTF-16 surrogate as U+FFFD, as a browser would send it, and refuses it as a participant", async () => {
    const saved = await recordStatement(database.db, admin, {
      participant: "kaz",
      kind: "declaration",
      text: "Lone \ud800 surrogate",
      commitments: ["2"],
      status: "draft",
    });
    expect((await database.db.statement.findUniqueOrThrow({ where: { id: saved.id } })).text).toBe("Lone \ufffd surrogate");
    const before = await database.snapshot();
    expect(
      await refusedInEnglish(
        recordStatement(database.db, admin, { participant: "\udc00", kind: "declaration", text: "x", commitments: ["2"], status: "draft" }),
      ),
    ).toMatchObject({
      code: "validation",
      fieldErrors: { participant: expect.stringContaining("No state or organisation matches") },
    });
    expect(await database.snapshot()).toEqual(before);
  });
});
