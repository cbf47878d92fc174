import { clearParticipant, createAccount, signIn, signatureCountFor } from "./editor-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";

const [, code] = TEST_PARTICIPANTS.editor;

test.beforeEach(async ({ page, db }) => {
  await clearParticipant(db, code);
  await signIn(page.request, await createAccount(db, { role: "admin" }));
});

test("each bad input is named next to its field, announced, keeps what was typed, and writes nothing", async ({ page, db }) => {
  const auditBefore = await db.auditEntry.count();
  await page.goto("/editor/signatures/new");
  const cases = [
    { field: "Date", value: "2099-01-01", message: "The date is after today — signatures cannot be recorded in advance" },
    { field: "Date", value: "2018-09-27", message: "The date is before the Code opened for signature on 2018-09-28 — check the year" },
    {
      field: "Evidence URL",
      value: "javascript:alert(document.cookie)",
      message: "Evidence URL must be a web address starting with http:// or https://",
    },
    { field: "Signer name", value: "N".repeat(10_240), message: "Signer name is too long: use at most 200 characters" },
  ];
  for (const { field, value, message } of cases) {
    await page.getByLabel("Participant").fill(code.toUpperCase());
    await page.getByLabel(field, { exact: true }).fill(value);
    await page.getByRole("button", { name: "Save" }).click();
    const control = page.getByLabel(field, { exact: true });
    await expect(control).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expect(control).toHaveAttribute("aria-invalid", "true");
    await expect(control).toHaveValue(value);
    await expect(page.getByTestId("form-status")).toHaveText("Check the highlighted fields.");
    await control.fill(field === "Date" ? "2019-05-05" : "");
  }
  await page.getByLabel("Participant").fill("Atlantis");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Participant")).toHaveAccessibleDescription(/No state or organisation matches “Atlantis”/);

  expect(await signatureCountFor(db, code)).toBe(0);
  expect(await db.auditEntry.count()).toBe(auditBefore);
});

test("a second signature for the same participant is refused with a link to the existing one", async ({ page, db }) => {
  const existing = await db.participantAction.findFirstOrThrow({ where: { participant: { code: "mar" } } });
  await page.goto("/editor/signatures/new");
  await page.getByLabel("Participant").fill("Morocco — MAR");
  await page.getByLabel("Date", { exact: true }).fill("2019-01-10");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Participant")).toHaveAccessibleDescription(/Morocco already has a signature recorded/);
  await page.getByRole("link", { name: "Open the existing record" }).click();
  await expect(page).toHaveURL(`/editor/signatures/${existing.id}`);
  expect(await db.participantAction.count({ where: { participant: { code: "mar" } } })).toBe(1);
});

test("saving from a stale version is refused, says who changed what, and overwrites nothing", async ({ browser, page, db }) => {
  await page.goto("/editor/signatures/new");
  await page.getByLabel("Participant").fill(code.toUpperCase());
  await page.getByLabel("Date", { exact: true }).fill("2019-05-05");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const signatureUrl = page.url().replace(/\?.*$/, "");

  const other = await browser.newContext();
  await signIn(other.request, await createAccount(db, { role: "admin" }));
  const otherPage = await other.newPage();
  await otherPage.goto(signatureUrl);
  await page.goto(signatureUrl);

  await otherPage.getByLabel("Place or event").fill("Geneva");
  await otherPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(otherPage.getByText("Saved.")).toBeVisible();

  await page.getByLabel("Place or event").fill("Vienna");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("form-status").first()).toContainText("Someone else saved this record after you opened it");
  await expect(page.getByTestId("form-status").first()).toContainText("changed place");
  const row = await db.participantAction.findFirstOrThrow({ where: { participant: { code } } });
  expect(row.place).toBe("Geneva");
  expect(row.version).toBe(2);
  await other.close();
});
