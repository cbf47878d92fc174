import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { verifyPassword } from "@/lib/auth/password";
import { createSeededTestDatabase } from "@/tests/seeded-test-database";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { refusedInEnglish } from "@/tests/in-english";

type Database = Awaited<ReturnType<typeof createSeededTestDatabase>>;

describe("creating users", () => {
  let database: Database;
  let admin: ActingUser;
  beforeEach(async () => {
    database = await createSeededTestDatabase();
    admin = await database.actingUser("admin");
  });
  afterEach(() => database.drop());

  it("creates an editor scoped to participants with a temporary password stored only as an argon2id hash", async () => {
    const { id, temporaryPassword } = await createUser(database.db, admin, {
      name: "Aigerim",
      email: "Aigerim@Mission.example",
      role: "editor",
      scope: "kaz, Tunisia — TUN",
    });
    const user = await database.db.user.findUniqueOrThrow({ where: { id }, include: { editableParticipants: true } });
    expect(user.email).toBe("aigerim@mission.example");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, temporaryPassword)).toBe(true);
    expect(user.mustChangePassword).toBe(true); // the generated password is temporary
    expect(user.editableParticipants.map((p) => p.code).sort()).toEqual(["kaz", "tun"]);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: id } });
    expect(audit.after).not.toContain("mission.example");
    expect(audit.after).not.toContain("argon2");
  });

  it("refuses a second account for the same email, whatever its case, and an unknown scope", async () => {
    await createUser(database.db, admin, { name: "A", email: "a@example.org", role: "editor", scope: "" });
    const before = await database.snapshot();
    expect(
      await refusedInEnglish(createUser(database.db, admin, { name: "B", email: "A@EXAMPLE.ORG", role: "editor", scope: "" })),
    ).toMatchObject({
      fieldErrors: { email: "An account with this email address already exists" },
    });
    expect(
      await refusedInEnglish(createUser(database.db, admin, { name: "C", email: "c@example.org", role: "editor", scope: "xyz" })),
    ).toMatchObject({
      fieldErrors: { scope: expect.stringContaining("No state or organisation matches “xyz”") },
    });
    expect(
      await refusedInEnglish(createUser(database.db, admin, { name: "", email: "not-an-email", role: "boss", scope: "" })),
    ).toMatchObject({
      fieldErrors: { name: "Enter name", email: "Enter an email address like name@example.org", role: "Choose admin or editor" },
    });
    expect(await database.snapshot()).toEqual(before);
  });

  it("lists accounts without password hashes or two-factor secrets", async () => {
    const users = await listUsers(database.db, admin);
    expect(users.length).toBeGreaterThan(0);
    expect(JSON.stringify(users)).not.toMatch(/passwordHash|totpSecret|not-a-real-hash/);
    expect(users.find((user) => user.id === admin.id)).toMatchObject({ hasTwoFactor: true, mustChangePassword: false });
  });
});
