import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { createTestDatabase, type TestDatabase } from "@/tests/test-database";
import { authenticate } from "./authenticate";
import { pruneSignInRecords } from "./prune-sign-in-records";
import { createUserSession } from "./user-sessions";

describe("pruning sign-in records", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it("deletes back-off counters once they are spent and forgotten, keeping live ones", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    await authenticate(database.db, { email: "old@example.org", password: "x" }, "10.0.0.1", start);
    await authenticate(database.db, { email: "recent@example.org", password: "x" }, "10.0.0.2", new Date("2026-01-01T10:59:00Z"));
    expect(await database.db.loginThrottle.count()).toBe(4);
    const removed = await pruneSignInRecords(database.db, new Date("2026-01-01T11:30:00Z"));
    expect(removed.throttleRows).toBe(2);
    expect((await database.db.loginThrottle.findMany()).map((row) => row.key).sort()).toEqual([
      expect.stringMatching(/^account:[0-9a-f]{64}$/),
      "client:10.0.0.2",
    ]);
  });

  it("keys counters by a fixed-length hash of the email and a checked address, however long the input", async () => {
    await authenticate(database.db, { email: `${"a".repeat(300)}@example.org`, password: "x" }, null);
    const keys = (await database.db.loginThrottle.findMany()).map((row) => row.key);
    expect(keys).toEqual([expect.stringMatching(/^account:[0-9a-f]{64}$/)]);
  });

  it("deletes expired sessions and security events older than 180 days", async () => {
    const user = await database.db.user.create({ data: { email: "u@example.org", name: "U", passwordHash: "x" } });
    await createUserSession(database.db, user, new Date("2026-01-01T00:00:00Z"));
    await createUserSession(database.db, user, new Date("2026-07-01T00:00:00Z"));
    await recordSecurityEvent(database.db, { type: "sign_in.failed", detail: "old" });
    await database.db.securityEvent.updateMany({ data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
    await recordSecurityEvent(database.db, { type: "sign_in.failed", detail: "recent" });
    await database.db.securityEvent.updateMany({ where: { detail: "recent" }, data: { createdAt: new Date("2026-06-01T00:00:00Z") } });
    const removed = await pruneSignInRecords(database.db, new Date("2026-07-01T06:00:00Z"));
    expect(removed).toMatchObject({ sessions: 1, securityEvents: 1 });
    expect((await database.db.securityEvent.findMany()).map((event) => event.detail)).toEqual(["recent"]);
  });
});
