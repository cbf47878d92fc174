import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserRole } from "@/generated/prisma/enums";
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
import { createUser } from "./create-user";
import { updateUser } from "./update-user";
import { createUserSchema, updateUserSchema } from "./schema";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

const CREATE_FIELDS = Object.keys(createUserSchema.shape);
const UPDATE_FIELDS = Object.keys(updateUserSchema.shape);

// Only administrators manage accounts: an editor is always refused as forbidden, and never succeeds.
const RULES = {
  create: {
    admin: { fields: CREATE_FIELDS, refusals: ["validation", "conflict"] },
    editor: { fields: CREATE_FIELDS, refusals: ["forbidden"], mayAccept: false },
  },
  update: {
    admin: { fields: UPDATE_FIELDS, refusals: ["validation", "conflict", "not_found"] },
    editor: { fields: UPDATE_FIELDS, refusals: ["forbidden"], mayAccept: false },
  },
} satisfies Record<string, Record<"admin" | "editor", HostileCallRules>>;

// Floors on the inputs accepted and refused in 1,000 runs: about half of the fewest seen (createUser 91–105
// accepted and about 900 refused, updateUser 204–234 accepted and about 780 refused).
const CREATE_FLOORS = { accepted: 45, refused: 500 };
const UPDATE_FLOORS = { accepted: 100, refused: 400 };

const scopes = fc.constantFrom("", "kaz", "kaz, Tunisia — TUN", "mx;\nnor", "atlantis", "kaz,,, ,");

describe("user management under hostile input", () => {
  let database: Database;
  let admin: ActingUser;
  let editor: ActingUser;
  let emailCounter = 0;

  beforeAll(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
    editor = await database.actingUser("editor");
  });
  afterAll(() => database.drop());

  async function scopeCodesOf(userId: string) {
    const user = await database.db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { editableParticipants: { select: { code: true } } },
    });
    return user.editableParticipants.map((p) => p.code).sort();
  }

  it("createUser: creates exactly the account the schema accepts, or refuses naming the field and writes nothing", async () => {
    const tally = createTally("createUser");
    const FRESH = "a fresh address";
    const fields = fc.record({
      name: mostlyValid(fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 })),
      // Mostly hostile or taken addresses: every accepted one costs an argon2 hash.
      email: fc.oneof(
        fc.constant(FRESH),
        fc.constantFrom("taken@example.org", "TAKEN@example.org", "no-at-sign", "a@b", "<script>@example.org"),
        hostileValue,
      ),
      role: mostlyValid(fc.constantFrom(...Object.values(UserRole))),
      scope: mostlyValid(scopes),
    });
    await createUser(database.db, admin, { name: "Taken", email: "taken@example.org", role: "editor", scope: "" });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("admin" as const, "editor" as const), hostileInput(fields), async (who, generated) => {
        const raw =
          generated && typeof generated === "object" && (generated as { email?: unknown }).email === FRESH
            ? { ...generated, email: `User.${++emailCounter}@Example.org` }
            : generated;
        const outcome = await expectSuccessOrFieldRefusal(
          database.db,
          RULES.create[who],
          () => createUser(database.db, who === "admin" ? admin : editor, raw),
          async (created) => {
            const input = toWellFormed(createUserSchema.parse(raw)) as ReturnType<typeof createUserSchema.parse>;
            const row = await database.db.user.findUniqueOrThrow({ where: { id: created.id } });
            expect(row).toMatchObject({ name: input.name, email: input.email, role: input.role, isActive: true });
            expect(row.email).toBe(row.email.toLowerCase());
            expect(created.temporaryPassword).toHaveLength(20);
            if (input.role === "admin") expect(await scopeCodesOf(created.id)).toEqual([]);
            expect(await database.db.auditEntry.count({ where: { entityId: created.id, action: "user.create" } })).toBe(1);
          },
        );
        tally.add(outcome);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    tally.expectAtLeast(CREATE_FLOORS.accepted, CREATE_FLOORS.refused);
  });

  it("updateUser: applies exactly what the schema accepts and ends open sessions, or refuses naming the field and writes nothing", async () => {
    const tally = createTally("updateUser");
    const TARGET = "the target account";
    const target = await createUser(database.db, admin, { name: "Target", email: "target@example.org", role: "editor", scope: "kaz" });
    const fields = fc.record({
      id: fc.oneof(
        { weight: 6, arbitrary: fc.constant(TARGET) },
        fc.constant(admin.id),
        fc.constant("cmnotarealid000000000000"),
        hostileValue,
        fc.constant(undefined),
      ),
      role: mostlyValid(fc.constantFrom(...Object.values(UserRole))),
      scope: mostlyValid(scopes),
      isActive: mostlyValid(fc.constantFrom("true", "false")),
      reason: mostlyValid(fc.constantFrom("", "Moved to another mission")),
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("admin" as const, "editor" as const), hostileInput(fields), async (who, generated) => {
        const raw =
          generated && typeof generated === "object" && (generated as { id?: unknown }).id === TARGET
            ? { ...generated, id: target.id }
            : generated;
        const id = (raw as { id?: unknown } | null)?.id;
        const before =
          typeof id === "string" ? await database.db.user.findUnique({ where: { id }, select: { sessionVersion: true } }) : null;
        const outcome = await expectSuccessOrFieldRefusal(
          database.db,
          RULES.update[who],
          () => updateUser(database.db, who === "admin" ? admin : editor, raw),
          async () => {
            const input = updateUserSchema.parse(raw);
            const row = await database.db.user.findUniqueOrThrow({ where: { id: input.id } });
            expect(row).toMatchObject({ role: input.role, isActive: input.isActive, sessionVersion: before!.sessionVersion + 1 });
            if (input.role === "admin") expect(await scopeCodesOf(input.id)).toEqual([]);
          },
        );
        tally.add(outcome);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    tally.expectAtLeast(UPDATE_FLOORS.accepted, UPDATE_FLOORS.refused);
  });
});
