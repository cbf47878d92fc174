import { createAccount, signIn, signInThroughForm } from "./editor-data";
import { expect, test } from "./fixtures";

// The audit and security logs' filter forms: GET forms whose choices stay in the address and in the form.

test("an administrator filters the security log by event and account, and the audit log by participant", async ({ browser, page, db }) => {
  const editor = await createAccount(db);
  // A failed sign-in of that editor, through the real form.
  const other = await (await browser.newContext()).newPage();
  await signInThroughForm(other, { email: editor.email, password: "not the password" });
  await expect(other.getByTestId("form-status")).toHaveText("The email or password is not right. Check both and try again.");
  await other.context().close();

  await signIn(page.request, await createAccount(db, { role: "admin" }));
  await page.goto("/editor/security");
  await page.getByLabel("Event").selectOption({ label: "Failed sign-in" });
  await page.getByLabel("Account").selectOption({ label: editor.name });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=sign_in\.failed/);
  await expect(page.getByLabel("Event")).toHaveValue("sign_in.failed");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Failed sign-in");
  await expect(rows.first()).toContainText(editor.name);
  // The account never signed in: the other event type finds nothing, and says so.
  await page.getByLabel("Event").selectOption({ label: "Signed in" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=sign_in\.succeeded/);
  await expect(rows).toHaveCount(0);
  await expect(page.getByText("No events match")).toBeVisible();

  await page.goto("/editor/audit");
  await page.getByLabel("Participant").fill("kaz");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/participant=kaz/);
  await expect(page.getByLabel("Participant")).toHaveValue("kaz");
  await expect(page.getByLabel("Actor")).toHaveValue("");
});
