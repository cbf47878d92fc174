import { expect, test } from "./fixtures";
import { recordActions, resetParticipants } from "./public-data";

test.beforeAll(async ({ db }) => {
  await resetParticipants(db);
  await recordActions(db, "nor", [
    { action: "signature", date: "2018-09-28", precision: "day" },
    { action: "withdrawal", date: "2020-03-15", precision: "day" },
  ]);
  await recordActions(db, "bra", [{ action: "accession", date: "2019-06", precision: "month" }]);
});
test.afterAll(async ({ db }) => {
  await resetParticipants(db);
});

test("the outreach list and the signatory list together cover every UN member and observer state exactly once", async ({
  page,
  db,
  expectNoAxeViolations,
}) => {
  const unStates = await db.participant.findMany({ where: { unStatus: { not: null } }, select: { code: true, region: true } });

  await page.goto("/non-signatories");
  const outreach = await page
    .locator("section[data-region] a[data-code]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("data-code")!));
  expect(new Set(outreach).size, "no state listed twice").toBe(outreach.length);

  await page.goto("/signatories");
  const listed = await page
    .locator("[data-testid=signatories-table] tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code")!));
  const signatoryStates = new Set(listed.filter((code) => unStates.some((s) => s.code === code)));

  expect(
    outreach.filter((code) => signatoryStates.has(code)),
    "no state on both lists",
  ).toEqual([]);
  expect([...outreach, ...signatoryStates].sort()).toEqual(unStates.map((s) => s.code).sort());
  expect(outreach).toContain("chl"); // an unsigned state is on the outreach list
  expect(outreach).not.toContain("nor"); // a withdrawn state signed once: it is on the signatory list
  await expectNoAxeViolations(page);
});

test("the outreach list counts states per region and filters by region", async ({ page, db, expectNoAxeViolations }) => {
  await page.goto("/non-signatories");
  for (const region of ["Africa", "Americas", "Asia", "Europe", "Oceania"]) {
    const expected = await db.participant.count({
      where: { unStatus: { not: null }, region, actions: { none: { status: "published" } } },
    });
    await expect(page.getByTestId("region-counts").getByRole("row", { name: region })).toContainText(String(expected));
    await expect(page.locator(`section[data-region="${region}"] a[data-code]`)).toHaveCount(expected);
  }
  await expectNoAxeViolations(page);

  await page.getByLabel("Region").selectOption("Oceania");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/region=Oceania/);
  await expect(page.locator("section[data-region]")).toHaveCount(1);
  await expect(page.locator('section[data-region="Oceania"]')).toBeVisible();
});

test("the outreach list as of a day, and with an invalid day", async ({ page, db }) => {
  // Before the opening every UN state is listed, except those whose only action has no known date.
  const undated = await db.participant.count({
    where: { unStatus: { not: null }, actions: { some: { status: "published", countsFrom: null } } },
  });
  const unStates = await db.participant.count({ where: { unStatus: { not: null } } });
  await page.goto("/non-signatories?asOf=2018-09-27");
  await expect(page.locator("section[data-region] a[data-code]")).toHaveCount(unStates - undated);
  await expect(page.getByTestId("as-of-notice")).toBeVisible();
  if (undated > 0) await expect(page.getByTestId("undated-left-out")).toBeVisible();

  // Brazil acceded in June 2019: listed on 29 June, not from 30 June.
  await page.goto("/non-signatories?asOf=2019-06-29");
  await expect(page.locator('a[data-code="bra"]')).toHaveCount(1);
  await page.goto("/non-signatories?asOf=2019-06-30");
  await expect(page.locator('a[data-code="bra"]')).toHaveCount(0);

  const response = await page.goto("/non-signatories?asOf=2019-13-01");
  expect(response?.status()).toBe(200);
  await expect(page.locator("#filter-asOf-error")).toHaveText("The month must be between 01 and 12");
});

test("the Code page gives the ten commitments in full, the eighth with its four points", async ({ page, db, expectNoAxeViolations }) => {
  const commitments = await db.commitment.findMany({ orderBy: { number: "asc" }, select: { text: true } });
  await page.goto("/code");
  await expect(page.getByRole("heading", { name: "The 10 commitments" })).toBeVisible();
  const items = page.getByTestId("commitments").locator(":scope > li");
  await expect(items).toHaveCount(10);
  for (const [index, commitment] of commitments.entries()) await expect(items.nth(index)).toContainText(commitment.text);
  await expect(page.getByTestId("commitment-8-points").locator("li")).toHaveCount(4);
  await expect(page.getByRole("main")).toContainText("28 Sept 2018");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Commitment 8 and statements on it" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commitment 8");
  await expect(page.getByRole("main").locator("header li")).toHaveCount(4);
  await expectNoAxeViolations(page);
});

test("sitemap and robots describe the public pages", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/signatories/kaz</loc>");
  expect(sitemap).toContain("/code/commitments/8</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /editor");
  expect(robots).toContain("Sitemap: ");
});

test("pages carry their own title, description and Open Graph card", async ({ page }) => {
  await page.goto("/signatories");
  await expect(page).toHaveTitle("Signatories · Code of Conduct Signatory Tracker");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Every recorded signature/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Signatories");
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "Code of Conduct Signatory Tracker");
});
