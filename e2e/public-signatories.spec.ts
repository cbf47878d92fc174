import { lastDayOf } from "@/lib/dates/partial-date";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { newMarker, recordActions, resetParticipants } from "./public-data";

type ShownRow = { code: string; action: string; date: string };

async function shownRows(page: Page): Promise<ShownRow[]> {
  const table = page.getByTestId("signatories-table");
  if ((await table.count()) === 0) return [];
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute("data-code") ?? "",
      action: row.getAttribute("data-action") ?? "",
      date: row.querySelector("[data-date]")?.getAttribute("data-date") ?? "",
    })),
  );
}

type DbRow = {
  code: string;
  action: string;
  date: string;
  name: string;
  kind: string;
  region: string | null;
  iso2: string | null;
  iso3: string | null;
  commonName: string | null;
  formalName: string | null;
  countsFrom: string | null;
};

let marker = "";

test.beforeAll(async ({ db }) => {
  await resetParticipants(db);
  marker = newMarker();
  // A month-precision signature, a withdrawn state, a year-precision accession and an undated one.
  await recordActions(db, "chl", [{ action: "signature", date: "2019-03", precision: "month", signerName: `Chile signer ${marker}` }]);
  await recordActions(db, "nor", [
    { action: "signature", date: "2018-09-28", precision: "day", place: "New York" },
    { action: "withdrawal", date: "2020-03-15", precision: "day" },
  ]);
  await recordActions(db, "bra", [{ action: "accession", date: "2021", precision: "year" }]);
  await recordActions(db, "ken", [{ action: "accession", date: null, precision: "unknown" }]);
  await recordActions(db, "isl", [{ action: "signature", date: "2019-05-02", precision: "day", status: "draft" }]);
});
test.afterAll(async ({ db }) => {
  await resetParticipants(db);
});

async function publishedRows(db: Parameters<typeof resetParticipants>[0]): Promise<DbRow[]> {
  const signatures = await db.participantAction.findMany({
    where: { status: "published" },
    select: {
      action: true,
      date: true,
      countsFrom: true,
      participant: {
        select: { code: true, name: true, kind: true, region: true, iso2: true, iso3: true, commonName: true, formalName: true },
      },
    },
  });
  return signatures.map(({ participant, ...s }) => ({ ...participant, ...s, date: s.date ?? "" }));
}

const keys = (rows: { code: string; action: string }[]) => rows.map((r) => `${r.code}/${r.action}`).sort();

test("every filter narrows the list to exactly the matching published rows, and survives a reload", async ({ page, db }) => {
  const all = await publishedRows(db);
  const contains = (value: string | null, q: string) => (value ?? "").toLowerCase().includes(q.toLowerCase());
  const cases: { query: string; expected: (row: DbRow) => boolean }[] = [
    { query: "", expected: () => true },
    {
      query: "q=egy",
      expected: (r) => ["name", "commonName", "formalName"].some((k) => contains(r[k as keyof DbRow], "egy")) || r.iso3 === "EGY",
    },
    {
      query: "q=NOR",
      expected: (r) =>
        ["name", "commonName", "formalName"].some((k) => contains(r[k as keyof DbRow], "nor")) || r.iso3 === "NOR" || r.iso2 === "NOR",
    },
    { query: "region=Americas", expected: (r) => r.region === "Americas" },
    { query: "region=europe", expected: (r) => r.region === "Europe" },
    { query: "year=2019", expected: (r) => r.date.startsWith("2019") },
    { query: "kind=organization", expected: (r) => r.kind === "organization" },
    { query: "kind=state&action=accession", expected: (r) => r.kind === "state" && r.action === "accession" },
    { query: "action=withdrawal", expected: (r) => r.action === "withdrawal" },
    { query: "asOf=2019-03-31", expected: (r) => r.countsFrom !== null && r.countsFrom <= "2019-03-31" },
    {
      query: "region=Africa&year=2018&action=signature",
      expected: (r) => r.region === "Africa" && r.date.startsWith("2018") && r.action === "signature",
    },
  ];
  for (const { query, expected } of cases) {
    const wanted = all.filter(expected);
    await page.goto(`/signatories?${query}`);
    const rows = await shownRows(page);
    expect(keys(rows), query).toEqual(keys(wanted));
    await page.reload();
    expect(await shownRows(page), `${query} after reload`).toEqual(rows);
  }
  // The draft stays private.
  await page.goto("/signatories?q=Iceland");
  await expect(page.getByTestId("empty-state")).toContainText("No signatories match these filters.");
  await expect(page.getByTestId("summary")).toContainText("0 shown");
});

test("sorting by name and by date orders the rows, undated last either way", async ({ page, db }) => {
  const all = await publishedRows(db);
  const nameByCode = new Map(all.map((r) => [r.code, r.name]));
  // Names in English collation (Türkiye before Turkmenistan); dates by the last day of their period.
  const compare = new Intl.Collator("en", { sensitivity: "base" }).compare;
  const endOfPeriod = (date: string) => lastDayOf({ date, precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year" })!;
  const compareDates = (a: string, b: string) => endOfPeriod(a).localeCompare(endOfPeriod(b));

  await page.goto("/signatories");
  const byName = (await shownRows(page)).map((r) => nameByCode.get(r.code)!);
  expect(byName).toEqual([...byName].sort(compare));
  expect(byName).toHaveLength(all.length);

  await page.goto("/signatories?sort=name&order=desc");
  const byNameDesc = (await shownRows(page)).map((r) => nameByCode.get(r.code)!);
  expect(byNameDesc).toEqual([...byNameDesc].sort(compare).reverse());

  for (const order of ["asc", "desc"] as const) {
    await page.goto(`/signatories?sort=date&order=${order}`);
    const dates = (await shownRows(page)).map((r) => r.date);
    const dated = dates.filter(Boolean);
    expect(
      dates.slice(dated.length).every((d) => d === ""),
      "undated rows come last",
    ).toBe(true);
    const sorted = [...dated].sort(compareDates);
    expect(dated).toEqual(order === "asc" ? sorted : sorted.reverse());
    await page.reload();
    expect((await shownRows(page)).map((r) => r.date)).toEqual(dates);
  }
});

test("the filter form works as a plain GET form and keeps its values", async ({ page, db }) => {
  await page.goto("/signatories");
  await page.getByLabel("Region").selectOption("Europe");
  await page.getByLabel("Action").selectOption("withdrawal");
  await page.getByLabel("Sort by").selectOption("date");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/region=Europe/);
  await expect(page).toHaveURL(/action=withdrawal/);
  await expect(page.getByLabel("Region")).toHaveValue("Europe");
  const withdrawals = await db.participantAction.count({
    where: { status: "published", action: "withdrawal", participant: { region: "Europe" } },
  });
  expect(await shownRows(page)).toHaveLength(withdrawals);
  expect((await shownRows(page)).map((r) => r.code)).toContain("nor");
  // The download links carry the same filters.
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", /region=Europe.*action=withdrawal.*sort=date.*format=csv/);
});

test("rows show dates with their precision, the withdrawal, and the summary line", async ({ page, db, expectNoAxeViolations }) => {
  await page.goto("/signatories");
  const chile = page.locator('tr[data-code="chl"]');
  await expect(chile.locator("time")).toHaveText("Mar 2019 (Known only to the month)");
  await expect(chile.locator("time")).toHaveAttribute("title", "Known only to the month");
  await expect(chile).toContainText(`Chile signer ${marker}`);
  await expect(page.locator('tr[data-code="bra"] time')).toHaveText("2021 (Known only to the year)");
  await expect(page.locator('tr[data-code="ken"]')).toContainText("date not known");
  await expect(page.locator('tr[data-code="nor"][data-action="withdrawal"]')).toContainText("Withdrawal");
  await expect(page.locator('tr[data-code="nor"][data-action="withdrawal"]')).toContainText("15 Mar 2020");
  await expect(page.locator('tr[data-code="turkic-council"]')).toContainText("Organisation");

  const rows = await db.participantAction.count({ where: { status: "published" } });
  const current = await db.participant.count({
    where: {
      actions: { some: { status: "published", action: { in: ["signature", "accession"] } } },
      NOT: { actions: { some: { status: "published", action: "withdrawal" } } },
    },
  });
  await expect(page.getByTestId("summary")).toContainText(`${current} signatories · ${rows} shown · current record on `);
  await expectNoAxeViolations(page);
});

test("as of the day before the opening the list is empty; an invalid date shows its message", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/signatories?asOf=2018-09-27");
  await expect(page.getByTestId("summary")).toHaveText("0 signatories · 0 shown · as of 27 Sept 2018");
  await expect(page.getByTestId("empty-state")).toBeVisible();

  const response = await page.goto("/signatories?asOf=2019-02-30&region=Atlantis&kind=organization");
  expect(response?.status()).toBe(200);
  await expect(page.locator("#filter-asOf-error")).toHaveText("That day does not exist in that month");
  await expect(page.getByLabel("As of")).toHaveValue("2019-02-30");
  await expect(page.locator("#filter-region-error")).toContainText("Choose one of: Africa, Americas");
  await expect(page.getByTestId("filter-problem")).toBeVisible();
  // The valid filter still applies.
  expect((await shownRows(page)).map((r) => r.code)).toEqual(["turkic-council"]);
  await expectNoAxeViolations(page);
});

test("the list prints without navigation, with its as-of date and a citation", async ({ page }) => {
  await page.goto("/signatories?asOf=2019-01-01");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Filter the list" })).toBeHidden();
  await expect(page.getByText("Printed from the record as of 1 Jan 2019.")).toBeVisible();
  await expect(
    page.getByText(/Cite as: Code of Conduct Signatory Tracker, “Signatories”, http.*\/signatories\?asOf=2019-01-01/),
  ).toBeVisible();
});
