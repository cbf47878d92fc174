import { currentTotpCode } from "@/lib/two-factor/totp";
import { E2E_ADMIN } from "./e2e-settings";
import { createAccount, signInThroughForm, signOutThroughButton, unusedTotpCode } from "./editor-data";
import { expect, test } from "./fixtures";

// Two-factor sign-in as people meet it. The first administrator (from ADMIN_PASSWORD, so not a temporary
// password) has none yet: after the password they are sent to set it up before anything else.

test("the first administrator sets up two-factor sign-in, then signs in with a code, then with a recovery code that cannot be reused", async ({
  page,
  db,
  expectNoAxeViolations,
}) => {
  test.setTimeout(120_000);
  await signInThroughForm(page, E2E_ADMIN);
  await expect(page).toHaveURL(/\/login\/two-factor-setup\?callbackUrl=%2Feditor$/);
  await expect(page.getByRole("heading", { name: "Set up two-factor sign-in", level: 1 })).toBeVisible();

  // Nothing else opens until it is done.
  await page.goto("/editor/users");
  await expect(page).toHaveURL(/\/login\/two-factor-setup/);

  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code holding the setup key for your authenticator app" })).toBeVisible();
  await expect(page.getByText("Setup key:")).toBeVisible();
  const secret = (await page.getByTestId("setup-key").innerText()).replaceAll(" ", "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Authentication code").fill("000000" === currentTotpCode(secret) ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("This code does not match")).toBeVisible();
  await expect(page.getByLabel("Authentication code")).toBeFocused();

  await page.getByLabel("Authentication code").fill(await unusedTotpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expectNoAxeViolations(page);
  const codes = await page.getByTestId("recovery-codes").getByRole("listitem").allInnerTexts();
  const stored = await db.user.findUniqueOrThrow({ where: { email: E2E_ADMIN.email }, include: { recoveryCodes: true } });
  expect(stored.totpEnabledAt).not.toBeNull();
  expect(stored.recoveryCodes.map((row) => row.codeHash)).not.toContain(codes[0]);
  await page.getByRole("link", { name: "I have saved these codes — continue" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  // The secret is never shown again.
  await page.goto("/editor/account");
  await expect(page.getByText("On since")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await page.content()).not.toContain(secret);
  await signOutThroughButton(page);

  // With a code from the app.
  await signInThroughForm(page, E2E_ADMIN, { code: await unusedTotpCode(secret) });
  await expect(page).toHaveURL(/\/editor$/);
  await signOutThroughButton(page);

  // With a recovery code, once.
  await signInThroughForm(page, E2E_ADMIN, { recoveryCode: codes[0] });
  await expect(page).toHaveURL(/\/editor$/);
  await page.goto("/editor/account");
  await expect(page.getByText("9 recovery codes left.")).toBeVisible();
  await signOutThroughButton(page);
  await signInThroughForm(page, E2E_ADMIN, { recoveryCode: codes[0] });
  await expect(page.getByTestId("form-status")).toHaveText(
    "That recovery code is not right, or it was already used. Check it and try again.",
  );
  await expect(page).toHaveURL(/\/login/);

  // The administrator reads all of it in the security log.
  await page.waitForTimeout(1_100); // the failed recovery code started a 1-second back-off
  await page.getByRole("button", { name: "Use the authenticator app instead" }).click();
  await page.getByLabel("Authentication code").fill(await unusedTotpCode(secret));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await page.getByRole("link", { name: "Security log" }).click();
  const log = page.getByRole("table", { name: "Security events, newest first" });
  await expect(log.getByRole("row").filter({ hasText: "Two-factor sign-in turned on" }).filter({ hasText: "Administrator" })).toHaveCount(
    1,
  );
  await expect(log.getByRole("row").filter({ hasText: "Recovery code used" })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await expect(log.getByRole("row").filter({ hasText: "Failed sign-in" }).filter({ hasText: "Wrong or used recovery code" })).toHaveCount(
    1,
  );
  expect(await page.content()).not.toContain(codes[0]);
});

test("an editor may turn two-factor sign-in on and off; the sign-in form then asks for a code only while it is on", async ({
  page,
  db,
}) => {
  const editor = await createAccount(db);
  await signInThroughForm(page, editor);
  await expect(page).toHaveURL(/\/editor$/);
  await page.goto("/editor/account");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("setup-key").innerText()).replaceAll(" ", "");
  await page.getByLabel("Authentication code").fill(await unusedTotpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "I have saved these codes — continue" }).click();

  const turnOff = page.getByRole("form", { name: "Turn off two-factor sign-in" });
  await turnOff.getByLabel("Current password").fill("not my password");
  await turnOff.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(page.getByText("This is not your current password")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).totpEnabledAt).not.toBeNull();
  await page.waitForTimeout(1_100); // the wrong password started a 1-second back-off
  await turnOff.getByLabel("Current password").fill(editor.password);
  await turnOff.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(page.getByText("Two-factor sign-in is off for your account.")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null });
});

test("an administrator has no way to turn two-factor sign-in off", async ({ page, db }) => {
  const admin = await createAccount(db, { role: "admin" });
  await signInThroughForm(page, admin, { code: await unusedTotpCode(admin.totpSecret!) });
  await expect(page).toHaveURL(/\/editor$/);
  await page.goto("/editor/account");
  await expect(page.getByText("Administrators must have two-factor sign-in.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn off two-factor sign-in" })).toHaveCount(0);
});
