import { accountThrottleKey } from "@/lib/auth/login-throttle";
import { createAccount, signIn } from "./editor-data";
import { expect, test } from "./fixtures";

test("the sign-in form signs in with the right password and refuses a wrong one with one generic message", async ({ page, db }) => {
  const account = await createAccount(db);
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-status")).toHaveText("The email or password is not right. Check both and try again.");

  await page.getByLabel("Email").fill("nobody-at-all@e2e.test");
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-status")).toHaveText("The email or password is not right. Check both and try again.");

  // The wrong password paused the account for a second (exponential back-off, lib/auth/login-throttle.ts).
  await page.waitForTimeout(1_100);
  await page.getByLabel("Email").fill(account.email.toUpperCase());
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
});

test("anonymous visitors to an editor page are sent to sign in and brought back afterwards", async ({ page, db }) => {
  const account = await createAccount(db);
  await page.goto("/editor/audit?participant=kaz");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor%2Faudit%3Fparticipant%3Dkaz$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor\/audit\?participant=kaz$/);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("a sign-in link pointing at another site lands on the editor instead", async ({ page, db }) => {
  const account = await createAccount(db);
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/editor$/);
  // A path of ours that names another host once its language prefix is taken away: still the editor.
  await page.goto("/login?callbackUrl=%2Ffr%2F%2Fevil.example%2F");
  await expect(page).toHaveURL(/localhost:\d+\/editor$/);
});

test("a wrong password pauses the account for a second, then two — not a 15-minute lock — and the pause is in the database", async ({
  page,
  db,
}) => {
  const account = await createAccount(db);
  const submit = async (password: string) => {
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await page.goto("/login");
  await submit("wrong password 1");
  await expect(page.getByTestId("form-status")).toContainText("not right");
  // Straight away, even the right password waits: the check is not even made.
  await submit(account.password);
  await expect(page.getByTestId("form-status")).toHaveText(
    /^Too many attempts\. Sign-in is paused for this account or connection: try again in 1 second\.$/,
  );
  const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: accountThrottleKey(account.email) } });
  expect(row.failures).toBe(1);
  await page.waitForTimeout(1_100);
  await submit("wrong password 2");
  await expect(page.getByTestId("form-status")).toContainText("not right");
  expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: accountThrottleKey(account.email) } })).failures).toBe(2);
  await page.waitForTimeout(2_100);
  await submit(account.password);
  await expect(page).toHaveURL(/\/editor$/);
  expect(await db.loginThrottle.findUnique({ where: { key: accountThrottleKey(account.email) } })).toBeNull();
});

test("deactivating an editor ends their session at the next request", async ({ browser, db }) => {
  const editor = await createAccount(db);
  const editorContext = await browser.newContext();
  await signIn(editorContext.request, editor);
  const editorPage = await editorContext.newPage();
  await editorPage.goto("/editor");
  await expect(editorPage.getByRole("heading", { name: "Editor", level: 1 })).toBeVisible();

  const adminContext = await browser.newContext();
  await signIn(adminContext.request, await createAccount(db, { role: "admin" }));
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/editor/users");
  const form = adminPage.getByRole("form", { name: editor.name });
  await form.getByLabel("Account").selectOption("false");
  await form.getByLabel("Reason").fill("Left the mission");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(adminPage.getByText("Account updated.")).toBeVisible();

  await editorPage.goto("/editor");
  await expect(editorPage).toHaveURL(/\/login/);
  const entry = await db.auditEntry.findFirst({ where: { entityId: editor.id, action: "user.deactivate" } });
  expect(entry?.reason).toBe("Left the mission");
  expect(entry?.after).not.toContain("@");
  await editorContext.close();
  await adminContext.close();
});

test("the users page is for administrators only and never shows password hashes", async ({ page, db }) => {
  const editor = await createAccount(db);
  await signIn(page.request, editor);
  await page.goto("/editor/users");
  await expect(page.getByTestId("form-status")).toHaveText("Only an administrator can do this.");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page.request, await createAccount(db, { role: "admin" }));
  const response = await page.goto("/editor/users");
  const html = await response!.text();
  expect(html).not.toMatch(/\$argon2id\$/);
  expect(html).not.toContain("passwordHash");
});
