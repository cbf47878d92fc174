import { createAccount, signIn } from "./editor-data";
import { expect, test } from "./fixtures";

// Sessions end when they should: at sign-out everywhere at once, and after a working day at most.

test("signing out kills the session cookie everywhere: a copy of it no longer opens the editor", async ({ browser, page, db }) => {
  const admin = await createAccount(db, { role: "admin" });
  await signIn(page.request, admin);
  const stolen = await browser.newContext({ storageState: await page.context().storageState() });
  const stolenPage = await stolen.newPage();
  await stolenPage.goto("/editor/users");
  await expect(stolenPage.getByRole("heading", { name: "Users" })).toBeVisible();

  await page.goto("/editor");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await db.userSession.count({ where: { userId: admin.id } })).toBe(0);

  await stolenPage.goto("/editor/users");
  await expect(stolenPage).toHaveURL(/\/login/);
  const response = await stolen.request.get("/editor/users", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(await response.text()).not.toContain(admin.name);
  await stolen.close();
});

test("the session cookie lives a working day, not 30 days, and asking for the session does not extend it past sign-in + 12 h", async ({
  page,
  db,
}) => {
  const editor = await createAccount(db);
  await signIn(page.request, editor);
  const expiresIn = async () => {
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    return cookie.expires - Date.now() / 1000;
  };
  expect(await expiresIn()).toBeLessThanOrEqual(8 * 60 * 60 + 5);
  expect(await expiresIn()).toBeGreaterThan(8 * 60 * 60 - 60);
  const session = await db.userSession.findFirstOrThrow({ where: { userId: editor.id } });
  expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);

  // A session past its absolute end is refused even though its cookie is still valid.
  await db.userSession.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/login/);
});
