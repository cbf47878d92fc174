import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { listSecurityEvents } from "./list-security-events";
import { pageOf, recordRefusedAction } from "./record-refused-action";
import { recordSecurityEvent } from "./record-security-event";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("the security log", () => {
  let database: Database;
  let admin: ActingUser;
  let editor: ActingUser;
  beforeEach(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
    editor = await database.actingUser("editor", ["tun"]);
  });
  afterEach(() => database.drop());

  it("is for administrators only", async () => {
    await expect(listSecurityEvents(database.db, editor, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(listSecurityEvents(database.db, null, {})).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("records a refused action with who, where and why, and filters by type and account", async () => {
    await recordRefusedAction(database.db, {
      userId: editor.id,
      clientAddress: "10.0.0.7",
      message: "Your account may not edit records of Mexico.",
      page: pageOf("http://localhost:3000/editor/signatures/new?x=1"),
    });
    await recordSecurityEvent(database.db, { type: "sign_in.failed", detail: "Unknown account" });
    const { events } = await listSecurityEvents(database.db, admin, { type: "action.refused" });
    expect(events).toEqual([
      expect.objectContaining({
        type: "action.refused",
        clientAddress: "10.0.0.7",
        detail: "On /editor/signatures/new: Your account may not edit records of Mexico.",
        user: { id: editor.id, name: "Test editor" },
      }),
    ]);
    expect((await listSecurityEvents(database.db, admin, { user: editor.id })).events).toHaveLength(1);
    expect((await listSecurityEvents(database.db, admin, {})).events).toHaveLength(2);
  });

  it("bounds the detail it keeps", async () => {
    await recordSecurityEvent(database.db, { type: "sign_in.failed", detail: "x".repeat(5000) });
    expect((await database.db.securityEvent.findFirstOrThrow()).detail).toHaveLength(300);
  });
});
