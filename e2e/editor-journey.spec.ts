import { clearParticipant, createAccount, signInThroughForm, unusedTotpCode } from "./editor-data";
import { expect, test, TEST_PARTICIPANTS } from "./fixtures";
import { approveAsSecondEditor } from "./review-data";

// The diplomat's whole journey, in a real browser, through the real forms.
const [code] = TEST_PARTICIPANTS.editor;

test("sign in, record a signature, have it approved, see it in public, correct it with a reason, have that approved, see the reason, sign out", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(60_000);
  await clearParticipant(db, code);
  const participant = await db.participant.findUniqueOrThrow({ where: { code } });
  const signer = `Signer ${Date.now()}`;

  const admin = await createAccount(db, { role: "admin" });
  await signInThroughForm(page, admin, { code: await unusedTotpCode(admin.totpSecret!) });
  await expect(page).toHaveURL(/\/editor$/);

  await page.getByRole("link", { name: "Record a signature" }).click();
  await page.getByLabel("Participant").fill(participant.iso3!);
  await page.getByLabel("Action").selectOption("accession");
  await page.getByLabel("Date precision").selectOption("day");
  await page.getByLabel("Date", { exact: true }).fill("2019-06-14");
  await page.getByLabel("Place or event").fill("Permanent Mission, New York");
  await page.getByLabel("Signer name").fill(signer);
  await page.getByLabel("Signer title").fill("Permanent Representative");
  await page.getByLabel("Evidence URL").fill("https://example.org/note-verbale");
  await page.getByLabel("Verification level").selectOption("official_statement");
  // A second reviewer is required (the default), administrators included: submit, and another editor approves.
  await page.getByLabel("Status").selectOption("submitted");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await approveAsSecondEditor(browser, db, `New record: ${participant.name} (Accession (joined later))`);
  // The approval made a new version: the form is reloaded to correct from it.
  await page.reload();
  const publicLink = page.getByRole("link", { name: `See the public page of ${participant.name}` });
  await expect(publicLink).toHaveAttribute("href", `/signatories/${code}`);

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/signatories?q=${encodeURIComponent(participant.name)}`);
  await expect(publicPage.getByRole("row").filter({ hasText: signer })).toContainText("14 Jun 2019");
  await publicPage.goto(`/signatories/${code}`);
  await expect(publicPage.getByRole("main")).toContainText(signer);
  await expect(publicPage.getByRole("main")).toContainText("14 Jun 2019");

  await page.getByLabel("Date", { exact: true }).fill("2019-06-17");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Reason for the correction")).toHaveAccessibleDescription(/Say why this published record is corrected/);
  await page.getByLabel("Reason for the correction").fill("Date of the note verbale, per the mission's letter");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  // The correction waits beside the published record: the public still sees 14 June until it is approved.
  await publicPage.reload();
  await expect(publicPage.getByRole("main")).toContainText("14 Jun 2019");
  await expect(publicPage.getByRole("main")).not.toContainText("17 Jun 2019");
  await approveAsSecondEditor(browser, db, `Correction to a published record: ${participant.name} (Accession (joined later))`);
  await page.reload();
  // The version line writes its time as every page does ("29 Nov 2026, 00:20 UTC").
  await expect(page.getByText(/^Version \d+ · last saved \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC$/)).toBeVisible();

  await publicPage.reload();
  await expect(publicPage.getByRole("main")).toContainText("17 Jun 2019");
  await expect(publicPage.getByRole("main")).toContainText("Date of the note verbale, per the mission's letter");
  await expect(publicPage.getByRole("main")).not.toContainText(admin.email);
  await visitor.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/login/);
});
