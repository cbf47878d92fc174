import { request as playwrightRequest } from "@playwright/test";
import { verifyPassword } from "@/lib/auth/password";
import { E2E_BASE_URL } from "./e2e-settings";
import { createAccount, signIn, signInThroughForm } from "./editor-data";
import { expect, test } from "./fixtures";

// The account page and temporary passwords: a password change ends every other session; a generated
// password must be replaced before anything else can be reached.

const NEW_PASSWORD = "quiet harbour lantern 2026";

test("changing one's password ends every other session of the account, keeps this one, and needs the current password", async ({
  browser,
  page,
  db,
}) => {
  const editor = await createAccount(db);
  const elsewhere = await browser.newContext();
  await signIn(elsewhere.request, editor);
  const otherPage = await elsewhere.newPage();
  await otherPage.goto("/editor");
  await expect(otherPage.getByRole("heading", { name: "Editor", level: 1 })).toBeVisible();

  await signIn(page.request, editor);
  await page.goto("/editor");
  await page.getByRole("link", { name: "Your account" }).click();
  const form = page.getByRole("form", { name: "Password" });
  // Bad input: each message under its field, nothing stored, nothing echoed back.
  await form.getByLabel("Current password").fill(editor.password);
  await form.getByLabel("New password", { exact: true }).fill("qwertyuiop123");
  await form.getByLabel("Confirm new password").fill("qwertyuiop123");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/commonly used|too easy to guess/);
  await expect(form.getByLabel("New password", { exact: true })).toBeFocused();
  await expect(form.getByLabel("Current password")).toHaveValue("");
  await form.getByLabel("Current password").fill(editor.password);
  await form.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel("Confirm new password").fill(`${NEW_PASSWORD}.`);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Confirm new password")).toHaveAccessibleDescription(/The two new passwords differ/);
  expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).passwordHash, editor.password)).toBe(true);

  await form.getByLabel("Current password").fill(editor.password);
  await form.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/editor\/account\?passwordChanged=1$/);
  await expect(page.getByText("Your password was changed. Any other session of your account has ended.")).toBeVisible();

  // This session goes on; the other is over at its next request.
  await page.goto("/editor/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await otherPage.goto("/editor/audit");
  await expect(otherPage).toHaveURL(/\/login/);
  // The old password no longer signs in; the new one does.
  const fresh = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await expect(signIn(fresh, editor)).rejects.toThrow(/Sign-in failed with HTTP 401/);
  await new Promise((resolve) => setTimeout(resolve, 1_100)); // the failed attempt started a 1-second back-off
  await signIn(fresh, { ...editor, password: NEW_PASSWORD });
  await Promise.all([elsewhere.close(), fresh.dispose()]);
});

test("a new editor's temporary password must be changed at first sign-in before anything else", async ({
  browser,
  page,
  db,
  expectNoAxeViolations,
}) => {
  const admin = await createAccount(db, { role: "admin" });
  await signIn(page.request, admin);
  await page.goto("/editor/users");
  const email = `new-editor-${Date.now()}@e2e.test`;
  await page.getByLabel("Name", { exact: true }).fill("Aigerim Nurlanovna");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Create user" }).click();
  const temporaryPassword = await page.getByTestId("temporary-password").innerText();

  const newcomer = await (await browser.newContext()).newPage();
  await signInThroughForm(newcomer, { email, password: temporaryPassword });
  await expect(newcomer).toHaveURL(/\/login\/new-password\?callbackUrl=%2Feditor$/);
  await expect(newcomer.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
  await expectNoAxeViolations(newcomer);
  for (const path of ["/editor", "/editor/signatures/new", "/editor/account", "/editor/audit"]) {
    await newcomer.goto(path);
    await expect(newcomer, path).toHaveURL(/\/login\/new-password/);
  }
  await newcomer.getByLabel("Current password").fill(temporaryPassword);
  await newcomer.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await newcomer.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer).toHaveURL(/\/editor$/);
  await expect(newcomer.getByText("Signed in as Aigerim Nurlanovna")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ mustChangePassword: false });
  await newcomer.context().close();
});

test("an administrator resets a password: shown once, every session of the account ends, and it is temporary", async ({
  browser,
  page,
  db,
}) => {
  const admin = await createAccount(db, { role: "admin" });
  const editor = await createAccount(db, { name: `Forgetful editor ${Date.now()}` });
  const editorContext = await browser.newContext();
  await signIn(editorContext.request, editor);
  const editorPage = await editorContext.newPage();
  await editorPage.goto("/editor");

  await signIn(page.request, admin);
  await page.goto("/editor/users");
  const account = page.getByRole("listitem").filter({ hasText: editor.name });
  await account.getByText("Reset password…").click();
  await account.getByLabel("Reason for the reset").fill("Forgot it after leave");
  await account.getByRole("button", { name: "Reset password" }).click();
  await expect(account.getByText(`New temporary password for ${editor.name}.`)).toBeVisible();
  const temporaryPassword = await account.getByTestId("temporary-password").innerText();
  expect(temporaryPassword).toHaveLength(20);
  await page.reload();
  await expect(page.getByTestId("temporary-password")).toHaveCount(0); // shown once
  await expect(page.getByRole("listitem").filter({ hasText: editor.name })).toContainText("temporary password not yet changed");

  await editorPage.goto("/editor");
  await expect(editorPage).toHaveURL(/\/login/);
  await signInThroughForm(editorPage, { email: editor.email, password: temporaryPassword });
  await expect(editorPage).toHaveURL(/\/login\/new-password/);
  const event = await db.securityEvent.findFirstOrThrow({ where: { type: "password.reset", userId: editor.id } });
  expect(event.actorName).toBe(admin.name);
  await editorContext.close();
});

test("an editor who signs in in French stays in French through the temporary-password step", async ({ page, db }) => {
  const account = await createAccount(db, { mustChangePassword: true });
  await page.goto("/fr/editor");
  await expect(page).toHaveURL(/\/fr\/login\?callbackUrl=%2Ffr%2Feditor$/);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/fr\/login\/new-password\?callbackUrl=%2Ffr%2Feditor$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.locator('input[name="currentPassword"]').fill(account.password);
  await page.locator('input[name="newPassword"]').fill(NEW_PASSWORD);
  await page.locator('input[name="confirmPassword"]').fill(NEW_PASSWORD);
  await page.locator('main button[type="submit"]').click();
  await expect(page).toHaveURL(/\/fr\/editor$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Espace de rédaction");
});
