import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { deleteAction } from "@/lib/participant-actions/delete-action";
import { correctAction } from "@/lib/participant-actions/correct-action";
import { recordAction } from "@/lib/participant-actions/record-action";
import { recordStatement } from "@/lib/statements/record-statement";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { createUser, updateUser } from "@/lib/users/manage-users";

// The unauthorized-access suite: every mutation, called as an anonymous visitor, as an editor outside
// its scope and (where only admins may act) as a plain editor, is refused with the right code and writes
// nothing. Authorization lives in these domain functions, so this is where it is proven.

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;
type Mutation = {
  /** The Server Action(s) that call it. */
  actions: string[];
  run: (database: Database, actor: ActingUser | null) => Promise<unknown>;
  adminOnly: boolean;
};

const mutations: Record<string, Mutation> = {
  recordAction: {
    actions: ["saveParticipantAction"],
    adminOnly: false,
    run: ({ db }, actor) => recordAction(db, actor, validActionInput("mex")),
  },
  correctAction: {
    actions: ["saveParticipantAction"],
    adminOnly: false,
    run: async ({ db }, actor) => {
      const kaz = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
      return correctAction(db, actor, { ...validActionInput("kaz"), id: kaz.id, version: String(kaz.version), reason: "Fix" });
    },
  },
  deleteAction: {
    actions: ["deleteParticipantAction"],
    adminOnly: true,
    run: async ({ db }, actor) => {
      const kaz = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
      return deleteAction(db, actor, { id: kaz.id, reason: "Entered in error" });
    },
  },
  recordStatement: {
    actions: ["saveStatement"],
    adminOnly: false,
    run: ({ db }, actor) =>
      recordStatement(db, actor, { participant: "kaz", kind: "declaration", text: "We support it", commitments: ["7"], status: "published" }),
  },
  createUser: {
    actions: ["addUser"],
    adminOnly: true,
    run: ({ db }, actor) => createUser(db, actor, { name: "New", email: "new@example.org", role: "admin", scope: "" }),
  },
  updateUser: {
    actions: ["changeUser"],
    adminOnly: true,
    run: async ({ db }, actor) => {
      const someone = await db.user.findFirstOrThrow({ where: { role: "admin" } });
      return updateUser(db, actor, { id: someone.id, role: "editor", scope: "", isActive: "false" });
    },
  },
};

function exportedServerActions(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === "actions.ts") {
        const source = readFileSync(path, "utf8");
        if (source.includes('"use server"')) found.push(...[...source.matchAll(/export async function (\w+)/g)].map(([, name]) => name ?? ""));
      }
    }
  };
  walk("app");
  return found.sort();
}

describe("unauthorized access to every mutation", () => {
  let database: Database;
  let outOfScopeEditor: ActingUser;
  let plainEditor: ActingUser;

  beforeAll(async () => {
    database = await createSeededTestDatabase();
    await database.actingUser("admin"); // an admin to update, who is not the last one
    await database.db.user.create({ data: { email: "first-admin@test.invalid", name: "Admin", role: "admin", passwordHash: "x" } });
    outOfScopeEditor = await database.actingUser("editor", ["tun"]);
    plainEditor = await database.actingUser("editor");
  });
  afterAll(() => database.drop());

  it("covers every Server Action in app/", () => {
    const covered = [...new Set(Object.values(mutations).flatMap((m) => m.actions))].sort();
    expect(exportedServerActions()).toEqual(covered);
  });

  for (const [name, mutation] of Object.entries(mutations)) {
    it(`${name}: refused for an anonymous caller, nothing written`, async () => {
      const before = await database.snapshot();
      await expect(mutation.run(database, null)).rejects.toMatchObject({ code: "unauthenticated" });
      expect(await database.snapshot()).toEqual(before);
    });

    it(`${name}: refused for an editor outside their scope, nothing written`, async () => {
      const before = await database.snapshot();
      await expect(mutation.run(database, outOfScopeEditor)).rejects.toMatchObject({ code: "forbidden" });
      expect(await database.snapshot()).toEqual(before);
    });

    if (mutation.adminOnly) {
      it(`${name}: refused for an editor who is not an administrator, nothing written`, async () => {
        const before = await database.snapshot();
        await expect(mutation.run(database, plainEditor)).rejects.toMatchObject({ code: "forbidden" });
        expect(await database.snapshot()).toEqual(before);
      });
    }
  }
});
