import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { recordAction } from "@/lib/participant-actions/record-action";
import { createSeededTestDatabase, validActionInput } from "@/tests/seeded-test-database";
import { createUser } from "@/lib/users/create-user";
import { listAuditEntries } from "./list-audit-entries";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("the audit log's scope", () => {
  let database: Database;
  let admin: ActingUser;
  beforeEach(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
    await recordAction(database.db, admin, validActionInput("mex", { status: "draft" }));
    await recordAction(database.db, admin, validActionInput("ind", { status: "draft" }));
    await createUser(database.db, admin, { name: "New editor", email: "new@example.org", role: "editor", scope: "" });
  });
  afterEach(() => database.drop());

  const codesSeenBy = async (actor: ActingUser) =>
    (await listAuditEntries(database.db, actor, {})).entries.map((entry) => entry.participant?.code ?? entry.entityType);

  it("shows an editor limited to some participants only those participants' entries — not others' drafts", async () => {
    const scoped = await database.actingUser("editor", ["mex"]);
    expect(await codesSeenBy(scoped)).toEqual(["mex"]);
    expect((await listAuditEntries(database.db, scoped, { participant: "ind" })).entries).toEqual([]);
  });

  it("shows an editor of every participant all record entries, but no account changes", async () => {
    const editor = await database.actingUser("editor");
    const seen = await codesSeenBy(editor);
    expect(seen).toEqual(expect.arrayContaining(["ind", "mex", "kaz"]));
    expect(seen).not.toContain("user");
  });

  it("shows administrators everything, account changes included", async () => {
    expect(await codesSeenBy(admin)).toEqual(expect.arrayContaining(["ind", "mex", "kaz", "user"]));
  });
});
