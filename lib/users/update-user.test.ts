import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { updateUser } from "./update-user";
import { refusedInEnglish } from "@/tests/in-english";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("updating users", () => {
  let database: Database;
  let admin: ActingUser;
  beforeEach(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
  });
  afterEach(() => database.drop());

  it("never lets the last active admin be demoted or deactivated", async () => {
    const before = await database.snapshot();
    expect(
      await refusedInEnglish(updateUser(database.db, admin, { id: admin.id, role: "editor", scope: "", isActive: "true" })),
    ).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("last active administrator"),
    });
    expect(
      await refusedInEnglish(updateUser(database.db, admin, { id: admin.id, role: "admin", scope: "", isActive: "false" })),
    ).toMatchObject({
      code: "conflict",
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("raises the session version on every change, so open sessions end", async () => {
    const editor = await database.actingUser("editor");
    const { sessionVersion } = await database.db.user.findUniqueOrThrow({ where: { id: editor.id } });
    await updateUser(database.db, admin, { id: editor.id, role: "admin", scope: "", isActive: "true", reason: "Promoted" });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(after).toMatchObject({ role: "admin", sessionVersion: sessionVersion + 1 });
  });
});
