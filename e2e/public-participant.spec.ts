import { expect, test } from "./fixtures";
import { newMarker, recordActions, recordStatementAndHistory, resetParticipants } from "./public-data";

test.beforeEach(async ({ db }) => {
  await resetParticipants(db);
});
test.afterAll(async ({ db }) => {
  await resetParticipants(db);
});

test("a participant page shows each action with its evidence, statements and the public history without emails", async ({
  page,
  db,
  expectNoAxeViolations,
}) => {
  const marker = newMarker();
  const {
    ids: [signatureId = ""],
  } = await recordActions(db, "jpn", [
    {
      action: "signature",
      date: "2018-09-28",
      precision: "day",
      place: "United Nations Headquarters, New York",
      signerName: `Signer ${marker}`,
      signerTitle: "Minister for Foreign Affairs",
      evidenceUrl: `https://example.org/evidence/${marker}`,
      documentSymbol: `A/73/${marker}`,
      evidenceDescription: `Statement of the ministry ${marker}`,
      verification: "official_statement",
    },
  ]);
  const actorEmail = `editor-${marker}@e2e.test`;
  await recordStatementAndHistory(db, "jpn", {
    signatureId,
    statementText: `Japan will report on commitment three ${marker}`,
    commitmentNumbers: [3],
    actorName: `Editor ${marker}`,
    actorEmail,
    reason: `Corrected from the ministry's statement ${marker}`,
  });

  await page.goto("/signatories/jpn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan");
  await expect(page.getByTestId("participant-status")).toHaveText("Status: Signed");
  const evidence = page.getByTestId("evidence");
  await expect(evidence.getByRole("link")).toHaveAttribute("href", `https://example.org/evidence/${marker}`);
  await expect(evidence).toContainText(`Document A/73/${marker}`);
  await expect(evidence).toContainText(`Statement of the ministry ${marker}`);
  await expect(page.getByRole("main")).toContainText(`Signer ${marker}, Minister for Foreign Affairs`);
  await expect(page.getByRole("main")).toContainText("Official statement");
  await expect(page.getByRole("main")).toContainText("28 Sept 2018 (exact day)");

  await expect(page.getByText(`Japan will report on commitment three ${marker}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "commitment 3" })).toHaveAttribute("href", "/code/commitments/3");

  const history = page.getByTestId("history");
  await expect(history).toContainText(`Editor ${marker}`);
  await expect(history).toContainText(`Corrected from the ministry's statement ${marker}`);
  await expect(history).toContainText("Changed: place and signer’s title");
  expect(await page.content()).not.toContain(actorEmail);
  await expectNoAxeViolations(page);

  // The statement also appears under its commitment.
  await page.goto("/code/commitments/3");
  await expect(page.getByText(`Japan will report on commitment three ${marker}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Japan" })).toHaveAttribute("href", "/signatories/jpn");
  await expectNoAxeViolations(page);
});

test("a withdrawn participant, a month-dated one and an organisation read correctly", async ({ page, db, expectNoAxeViolations }) => {
  await recordActions(db, "nor", [
    { action: "signature", date: "2018-09-28", precision: "day" },
    { action: "withdrawal", date: "2020-03", precision: "month" },
  ]);
  await page.goto("/signatories/nor");
  await expect(page.getByTestId("participant-status")).toHaveText("Status: Withdrawn");
  await expect(page.locator('[data-action="withdrawal"] h3')).toHaveText("Withdrawal · Mar 2020 (Known only to the month)");
  await expect(page.locator('[data-action="withdrawal"]')).toContainText("(known only to the month)");
  await expectNoAxeViolations(page);

  await page.goto("/signatories/turkic-council");
  await expect(page.getByRole("main")).toContainText("Organisation");
  await expect(page.getByTestId("participant-status")).toHaveText("Status: Signed");

  await page.goto("/signatories/chl");
  await expect(page.getByTestId("participant-status")).toHaveText("Status: Not signed");
  await expect(page.getByRole("main")).toContainText("No published signature or accession is recorded for Chile.");
});

test("the participant page prints without navigation and with a citation", async ({ page }) => {
  await page.goto("/signatories/kaz");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText(/Cite as: Code of Conduct Signatory Tracker, “Kazakhstan”, http.*\/signatories\/kaz/)).toBeVisible();
});

test("an upper-case code redirects to the lower-case address", async ({ page }) => {
  await page.goto("/signatories/KAZ");
  await expect(page).toHaveURL(/\/signatories\/kaz$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kazakhstan");
});

test("an unknown code or commitment is a real 404 page", async ({ page, expectNoAxeViolations }) => {
  for (const path of [
    "/signatories/xyz",
    "/signatories/not-a-participant",
    "/code/commitments/11",
    "/code/commitments/abc",
    "/code/commitments/0",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  await expectNoAxeViolations(page);
});
