import type { Page } from "@playwright/test";
import { createAccount, signIn } from "./editor-data";
import { expect, test } from "./fixtures";
import { recordActions, resetParticipants } from "./public-data";

// Phones and right-to-left reading. Besides /ar (right to left by its <html dir>), every page is also tried
// with dir="rtl" set on it: everything that mirrors does so by the page's direction.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Locale prefixes the pages are checked under: English (every path) and the other five (the main pages). */
const LOCALE_PREFIXES = ["", "/ar", "/zh", "/fr", "/ru", "/es"];
/** The pages checked in every language: longer words (Russian), another script (Arabic, Chinese). */
const PATHS_IN_EVERY_LANGUAGE = new Set(["/", "/signatories", "/signatories/jpn", "/non-signatories", "/code", "/compare?fromRevision=1"]);

/** Every public page, with data that stretches them (long URLs, names, symbols), and the editor's lists. */
const PUBLIC_PATHS = [
  "/",
  "/?asOf=2019-07-31",
  "/?asOf=2019-01-01", // the timeline's last year tick at its very end
  "/signatories",
  "/signatories?asOf=2019-07-31",
  "/signatories?revision=1",
  "/signatories/tun",
  "/signatories/jpn",
  "/non-signatories",
  "/non-signatories?asOf=2019-01-01",
  "/code",
  "/code/commitments/8",
  "/compare?from=2018-09-28&to=2019-07-31",
  "/compare?fromRevision=1",
  "/api",
  "/no-such-page",
];
const EDITOR_PATHS = ["/editor", "/editor/audit", "/editor/security", "/editor/users", "/editor/import", "/editor/ceremony"];

const LONG_URL = `https://example.org/${"a-very-long-path-segment-without-any-break".repeat(4)}?query=${"x".repeat(80)}`;

test.beforeAll(async ({ db }) => {
  await resetParticipants(db, ["jpn"]);
  await recordActions(db, "jpn", [
    {
      action: "signature",
      date: "2019-02-14",
      precision: "day",
      place: "Permanent Mission to the United Nations, 866 United Nations Plaza, New York",
      signerName: "Ambassador Extraordinary and Plenipotentiary, Permanent Representative",
      signerTitle: "Permanent Representative of Japan to the United Nations in New York",
      evidenceUrl: LONG_URL,
      documentSymbol: "A/73/PV.12-CORR.1/ADD.2/REV.3/SUPPLEMENTARY-NOTE",
    },
  ]);
});
test.afterAll(async ({ db }) => {
  await resetParticipants(db, ["jpn"]);
});

async function setRightToLeft(page: Page) {
  await page.evaluate(() => {
    document.documentElement.dir = "rtl";
  });
}

/** The document's width, and what sticks out past the viewport (not inside a scrolling box) if anything does. */
async function pageWidth(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > viewport + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.getAttribute("class"))}`);
    return { scrollWidth: document.documentElement.scrollWidth, outside };
  });
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  for (const prefix of LOCALE_PREFIXES) {
    for (const path of PUBLIC_PATHS.filter((path) => prefix === "" || PATHS_IN_EVERY_LANGUAGE.has(path))) {
      const address = prefix && path === "/" ? prefix : `${prefix}${path}`;
      test(`${address} is no wider than the screen, left to right and right to left`, async ({ page }) => {
        const response = await page.goto(address);
        expect(response?.status()).toBeLessThan(path === "/no-such-page" ? 500 : 400);
        const ltr = await pageWidth(page);
        expect(ltr.scrollWidth, `sticking out: ${ltr.outside.join(", ")}`).toBeLessThanOrEqual(PHONE.width);
        await setRightToLeft(page);
        const rtl = await pageWidth(page);
        expect(rtl.scrollWidth, `sticking out: ${rtl.outside.join(", ")}`).toBeLessThanOrEqual(PHONE.width);
      });
    }
  }

  test("the editor's lists are no wider than the screen", async ({ page, db }) => {
    const admin = await createAccount(db, { role: "admin" });
    await signIn(page.request, admin);
    for (const path of EDITOR_PATHS) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, outside } = await pageWidth(page);
      expect(scrollWidth, `${path} sticking out: ${outside.join(", ")}`).toBeLessThanOrEqual(PHONE.width);
    }
  });

  test("the signatory list shows each row as a card with its column names, and stays a table for screen readers", async ({ page }) => {
    await page.goto("/signatories");
    const table = page.getByTestId("signatories-table");
    const row = table.locator("tbody tr", { has: page.getByRole("link", { name: "Kazakhstan" }) });
    const [header, name, kind, date] = await Promise.all([
      table.locator("thead").boundingBox(),
      row.locator("th").boundingBox(),
      row.locator("td").nth(0).boundingBox(),
      row.locator("td").nth(2).boundingBox(),
    ]);
    // The column headers are out of sight; the name heads the card and the cells stack under it.
    expect(header!.width).toBeLessThanOrEqual(1);
    expect(kind!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
    expect(date!.y).toBeGreaterThan(kind!.y);
    expect((await row.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
    // Each cell shows its column's name before it…
    const labels = await row.locator("td").evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, "::before").content));
    expect(labels.slice(0, 3).map((label) => label.replace(/ \/ ""$/, ""))).toEqual(['"Kind"', '"Region"', '"Date"']);

    // …and to Chromium's accessibility tree it is still a table: rows, column headers, row headers and
    // cells, the cells named by their content alone (the drawn column names are not read a second time).
    const client = await page.context().newCDPSession(page);
    const { nodes } = (await client.send("Accessibility.getFullAXTree")) as {
      nodes: { role?: { value: string }; name?: { value: string } }[];
    };
    const roles = new Set(nodes.map((node) => node.role?.value));
    for (const role of ["table", "row", "columnheader", "rowheader", "cell"]) expect(roles, role).toContain(role);
    const cellNames = nodes.filter((node) => node.role?.value === "cell").map((node) => node.name?.value ?? "");
    expect(cellNames).toContain("State");
    expect(cellNames.filter((cellName) => /^(Kind|Region|Date|Action|Place|Signed by|Verification)\b/.test(cellName))).toEqual([]);
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: DESKTOP });

  test("the signatory list is a table with its column headers in sight", async ({ page }) => {
    await page.goto("/signatories");
    const table = page.getByTestId("signatories-table");
    await expect(table.locator("thead th").first()).toBeVisible();
    // Header cells start where their column's text does (browsers centre them unless told).
    const alignments = await table
      .locator("th")
      .evaluateAll((cells) => [...new Set(cells.map((cell) => getComputedStyle(cell).textAlign))]);
    expect(alignments).toEqual(["start"]);
    const row = table.locator("tbody tr").first();
    const [name, kind] = await Promise.all([row.locator("th").boundingBox(), row.locator("td").first().boundingBox()]);
    expect(kind!.y).toBeCloseTo(name!.y, 0);
    expect(kind!.x).toBeGreaterThan(name!.x);
  });

  test("right to left, the table's first column is on the right and time runs from right to left", async ({ page }) => {
    await page.goto("/signatories");
    const headers = page.getByTestId("signatories-table").locator("thead th");
    const ltrFirst = (await headers.nth(0).boundingBox())!;
    expect(ltrFirst.x).toBeLessThan((await headers.nth(1).boundingBox())!.x);
    await setRightToLeft(page);
    const [first, second, table] = await Promise.all([
      headers.nth(0).boundingBox(),
      headers.nth(1).boundingBox(),
      page.getByTestId("signatories-table").boundingBox(),
    ]);
    expect(first!.x).toBeGreaterThan(second!.x);
    expect(table!.x + table!.width - (first!.x + first!.width)).toBeLessThan(2);

    await page.goto("/");
    const chart = page.getByTestId("timeline-chart");
    const read = () =>
      chart.evaluate((element) => {
        const centre = (box: DOMRect) => box.x + box.width / 2;
        const points = [...element.querySelectorAll("circle[data-day]")].sort((a, b) =>
          a.getAttribute("data-day")!.localeCompare(b.getAttribute("data-day")!),
        );
        const years = [...element.querySelectorAll("[data-year]")];
        const svg = element.querySelector("svg")!.getBoundingClientRect();
        return {
          firstPoint: centre(points[0]!.getBoundingClientRect()),
          lastPoint: centre(points.at(-1)!.getBoundingClientRect()),
          firstYear: centre(years[0]!.getBoundingClientRect()),
          lastYear: centre(years.at(-1)!.getBoundingClientRect()),
          svgCentre: centre(svg),
          // Text is never mirrored: no text inside the drawing, and no label turned over.
          textInDrawing: element.querySelectorAll("svg text").length,
          labelsTurned: [...element.querySelectorAll("[aria-hidden] span")].filter((label) => getComputedStyle(label).scale.startsWith("-"))
            .length,
        };
      });
    const ltr = await read();
    expect(ltr.firstPoint).toBeLessThan(ltr.lastPoint);
    expect(ltr.firstYear).toBeLessThan(ltr.lastYear);
    await setRightToLeft(page);
    const rtl = await read();
    expect(rtl.firstPoint).toBeGreaterThan(rtl.lastPoint);
    expect(rtl.firstYear).toBeGreaterThan(rtl.lastYear);
    // Mirrored about the chart's centre: the first point is where the left-to-right one was, seen in a mirror.
    expect(rtl.firstPoint - rtl.svgCentre).toBeCloseTo(ltr.svgCentre - ltr.firstPoint, 0);
    expect(rtl.textInDrawing).toBe(0);
    expect(rtl.labelsTurned).toBe(0);
  });

  test("right to left, signed numbers and codes keep their left-to-right order", async ({ page }) => {
    await page.goto("/compare?from=2018-09-01&to=2019-07-31");
    await setRightToLeft(page);
    const total = page.getByTestId("compare-counts").locator("tbody tr").last().locator("td").last();
    await expect(total).toHaveText(/^\+\d+$/);
    // Where each character is drawn: "+12" must read "+", "1", "2" from left to right, not "12+".
    const xs = await total.evaluate((cell) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode()!;
      return [...text.textContent!].map((_, index) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().x;
      });
    });
    expect(xs).toEqual([...xs].sort((a, b) => a - b));

    await page.goto("/signatories/jpn");
    await setRightToLeft(page);
    const url = page.getByRole("link", { name: LONG_URL });
    expect(await url.evaluate((link) => getComputedStyle(link).direction)).toBe("ltr");
    const symbol = page.getByTestId("evidence").locator("bdi", { hasText: "A/73/PV.12-CORR.1/ADD.2/REV.3/SUPPLEMENTARY-NOTE" });
    expect(await symbol.evaluate((element) => [getComputedStyle(element).direction, getComputedStyle(element).unicodeBidi])).toEqual([
      "ltr",
      "isolate",
    ]);
    // Isolated as an element: the text a reader copies holds no invisible control character.
    await expect(page.getByTestId("evidence")).toContainText("Document A/73/PV.12-CORR.1/ADD.2/REV.3/SUPPLEMENTARY-NOTE");
  });
});
