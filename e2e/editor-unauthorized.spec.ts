import { request as playwrightRequest, type Page } from "@playwright/test";
import { E2E_ADMIN, E2E_BASE_URL } from "./e2e-settings";
import { createAccount, signIn } from "./editor-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { captureServerAction, replayServerAction, type CapturedAction } from "./server-action-replay";

// Every Server Action, sent by the real form of an administrator, replayed by an anonymous client, by a
// client whose session was revoked (it passes the proxy, so the action's own check answers), by an editor
// outside the participant's scope and (for admin-only actions) by a plain editor: each is refused with
// its message and nothing is written. (Next only runs an action at a URL whose page uses it.)

const [targetCode] = TEST_PARTICIPANTS.editor;

async function fillNewSignature(page: Page) {
  await page.goto("/editor/signatures/new");
  await page.getByLabel("Participant").fill(`${targetCode.toUpperCase()}`);
  await page.getByLabel("Date", { exact: true }).fill("2019-05-05");
  await page.getByLabel("Status").selectOption("published");
}

async function databaseState(db: import("@/lib/db").Database) {
  return {
    actions: await db.participantAction.findMany({ orderBy: { id: "asc" } }),
    statements: await db.statement.count(),
    users: await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, isActive: true, sessionVersion: true } }),
    audit: await db.auditEntry.count(),
  };
}

test("every Server Action refuses callers without the right session, role or scope", async ({ page, db }) => {
  test.setTimeout(90_000);
  await signIn(page.request, E2E_ADMIN);
  const kazakhstan = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "kaz" } } });
  const someEditor = await createAccount(db, { name: "Target of user changes" });

  const actions: Record<string, { captured: CapturedAction; adminOnly: boolean; scopedTo?: string }> = {};
  actions.recordAction = {
    adminOnly: false,
    scopedTo: "Mexico",
    captured: await captureServerAction(page, async () => {
      await fillNewSignature(page);
      await page.getByRole("button", { name: "Save" }).click();
    }),
  };
  actions.correctAction = {
    adminOnly: false,
    scopedTo: "Kazakhstan",
    captured: await captureServerAction(page, async () => {
      await page.goto(`/editor/signatures/${kazakhstan.id}`);
      await page.getByLabel("Place or event").fill("Tampered place");
      await page.getByLabel("Reason for the correction").fill("Tampering");
      await page.getByRole("button", { name: "Save", exact: true }).click();
    }),
  };
  actions.deleteAction = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto(`/editor/signatures/${kazakhstan.id}`);
      await page.getByText("Delete this record (administrators only)…").click();
      await page.getByLabel("Reason for deleting").fill("Tampering with the record");
      await page.getByLabel("Yes, delete this record permanently").check();
      await page.getByRole("button", { name: "Delete record" }).click();
    }),
  };
  actions.recordStatement = {
    adminOnly: false,
    scopedTo: "Kazakhstan",
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/statements/new");
      await page.getByLabel("Participant").fill("KAZ");
      await page.getByLabel("Text").fill("Injected statement");
      await page.getByLabel("Commitment 7").check();
      await page.getByRole("button", { name: "Save statement" }).click();
    }),
  };
  actions.createUser = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/users");
      await page.getByLabel("Name", { exact: true }).fill("Intruder");
      await page.getByLabel("Email", { exact: true }).fill("intruder@e2e.test");
      await page.getByLabel("Role").first().selectOption("admin");
      await page.getByRole("button", { name: "Create user" }).click();
    }),
  };
  actions.updateUser = {
    adminOnly: true,
    captured: await captureServerAction(page, async () => {
      await page.goto("/editor/users");
      const form = page.getByRole("form", { name: someEditor.name });
      await form.getByLabel("Role").selectOption("admin");
      await form.getByRole("button", { name: "Save changes" }).click();
    }),
  };

  const anonymous = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const outOfScope = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signIn(outOfScope, await createAccount(db, { scope: ["tun"] }));
  const plainEditor = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signIn(plainEditor, await createAccount(db));
  const revoked = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const revokedAccount = await createAccount(db);
  await signIn(revoked, revokedAccount);
  await db.user.update({ where: { id: revokedAccount.id }, data: { isActive: false, sessionVersion: { increment: 1 } } });

  const before = await databaseState(db);
  for (const [name, { captured, adminOnly, scopedTo }] of Object.entries(actions)) {
    await test.step(name, async () => {
      const asAnonymous = await replayServerAction(anonymous, captured);
      expect(asAnonymous.status, `${name} as anonymous is sent to sign in`).toBe(307);
      expect((await replayServerAction(revoked, captured)).body, `${name} with a revoked session`).toContain("Sign in to make changes.");
      expect((await replayServerAction(outOfScope, captured)).body, `${name} out of scope`).toContain(
        adminOnly ? "Only an administrator can do this." : `Your account may not edit records of ${scopedTo}`,
      );
      if (adminOnly) {
        expect((await replayServerAction(plainEditor, captured)).body, `${name} as editor`).toContain("Only an administrator can do this.");
      }
      expect(await databaseState(db), `${name} wrote nothing`).toEqual(before);
    });
  }
  await Promise.all([anonymous.dispose(), outOfScope.dispose(), plainEditor.dispose(), revoked.dispose()]);
});
