import { expect, test } from "./fixtures";
import { countCurrentSignatories, newMarker, recordActions, resetParticipants } from "./public-data";

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

test.beforeEach(async ({ db }) => {
  await resetParticipants(db);
});
test.afterAll(async ({ db }) => {
  await resetParticipants(db);
});

test("the overview's counts match the database, a withdrawal included", async ({ page, db, expectNoAxeViolations }) => {
  await recordActions(db, "nor", [
    { action: "signature", date: "2018-09-28", precision: "day", signerName: `Signer ${newMarker()}` },
    { action: "withdrawal", date: "2020-03-15", precision: "day" },
  ]);
  await recordActions(db, "isl", [{ action: "accession", date: "2021", precision: "year" }]);
  const expected = await countCurrentSignatories(db);
  const total = expected.states + expected.organizations;
  expect(expected.unMembers).toBe(193);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code of Conduct towards Achieving a World Free of Terrorism");
  await expect(page.getByTestId("signatory-count")).toHaveText(plural(total, "signatory recorded", "signatories recorded"));
  await expect(page.getByTestId("signatory-breakdown")).toHaveText(
    `${plural(expected.states, "state", "states")} and ${plural(expected.organizations, "organisation", "organisations")}`,
  );
  await expect(page.getByTestId("un-member-count")).toHaveText(`${expected.unMemberStates} of 193 UN member states`);

  // The map (its own SVG document, framed) names each country with its status: Norway (withdrawn) and
  // Iceland (joined) included.
  const map = page.frameLocator('[data-testid="world-map"]');
  await expect(map.locator('use[data-status="withdrawn"]')).toHaveCount(1);
  await expect(map.getByRole("img", { name: "Norway: Withdrawn" })).toHaveAttribute("data-status", "withdrawn");
  await expect(map.getByRole("img", { name: "Iceland: Joined later" })).toHaveAttribute("data-status", "joined");
  // Nothing in the map can be operated: the keyboard goes from the as-of form straight on to the map in words.
  await page.getByRole("link", { name: "Clear" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByText("The map in words")).toBeFocused();
  // In words: the signatories the map cannot draw (the organisation), and links to the full lists.
  await page.getByText("The map in words").click();
  const inWords = page.getByTestId("map-in-words");
  await expect(inWords.getByRole("row", { name: /Turkic Council/ })).toContainText("An organisation");
  await expect(inWords.getByRole("row", { name: /Norway/ })).toHaveCount(0);
  // Every participant with a published action is either coloured on the map or listed here.
  const withActions = await db.participant.count({ where: { actions: { some: { status: "published" } } } });
  const coloured = await map.locator('use[data-status="signed"], use[data-status="joined"], use[data-status="withdrawn"]').count();
  await expect(inWords.locator("tbody tr")).toHaveCount(withActions - coloured);
  await expect(inWords).toContainText(`Every participant that has signed, joined later or withdrawn (${withActions})`);
  await inWords.getByRole("link", { name: "Not yet signed" }).click();
  await expect(page).toHaveURL(/\/non-signatories$/);
  await page.goBack();

  // The timeline plots the year-dated accession at the end of 2021 and says why.
  await page.getByText("The timeline as a table").click();
  await expect(page.getByRole("row", { name: /31 Dec 2021 \(end of a month or year\)/ })).toBeVisible();
  await expect(page.getByTestId("timeline-undated")).toContainText("Turkmenistan");
  await expectNoAxeViolations(page);
});

test("as of the day before the opening, nothing had been signed", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/?asOf=2018-09-27");
  await expect(page.getByTestId("as-of-notice")).toContainText("Showing the record as it stood on 27 Sept 2018");
  await expect(page.getByTestId("signatory-count")).toHaveText("No signatories recorded");
  await expect(page.getByTestId("signatory-breakdown")).toHaveText("0 states and 0 organisations");
  await expect(page.getByTestId("un-member-count")).toHaveText("0 of 193 UN member states");
  await expect(page.getByTestId("timeline-empty")).toBeVisible();
  const map = page.frameLocator('[data-testid="world-map"]');
  await expect(map.locator('use[data-status="not-signed"]')).not.toHaveCount(0);
  await expect(map.locator('use[data-status="signed"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("as of a day, month-dated signatures count from the end of their month", async ({ page, db }) => {
  await recordActions(db, "chl", [{ action: "signature", date: "2019-03", precision: "month" }]);
  const before = await countCurrentSignatoriesAsOf(db, "2019-03-30");
  await page.goto("/?asOf=2019-03-30");
  await expect(page.getByTestId("signatory-count")).toHaveText(plural(before, "signatory recorded", "signatories recorded"));
  await page.goto("/?asOf=2019-03-31");
  await expect(page.getByTestId("signatory-count")).toHaveText(plural(before + 1, "signatory recorded", "signatories recorded"));
  await expect(page.getByTestId("as-of-notice")).toContainText("counts from the last day of that period");
});

test("an invalid as-of date shows a message beside the field, not an error page", async ({ page, expectNoAxeViolations }) => {
  const response = await page.goto("/?asOf=28-09-2018");
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("As of")).toHaveValue("28-09-2018");
  await expect(page.getByLabel("As of")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#filter-asOf-error")).toHaveText("Write the date as YYYY-MM-DD, e.g. 2019-07-15");
  await expectNoAxeViolations(page);
});

async function countCurrentSignatoriesAsOf(db: Parameters<typeof countCurrentSignatories>[0], asOf: string) {
  const participants = await db.participant.findMany({
    select: { actions: { where: { status: "published", countsFrom: { not: null, lte: asOf } }, select: { action: true } } },
  });
  return participants.filter((p) => p.actions.some((a) => a.action !== "withdrawal") && !p.actions.some((a) => a.action === "withdrawal"))
    .length;
}
