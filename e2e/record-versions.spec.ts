import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "./fixtures";
import { correctPlace, publishAction } from "./ledger-data";

// Reproducible versions, the ledger and citations, through HTTP and in the browser: ?revision=N on the
// list, a participant's page and every format of the API; the ledger's hashes recomputed from the API
// alone; Cite this version; compare; the data package unzipped; and the refusals of bad revisions.

const marker = `${Date.now().toString(36)}`;
const FIRST_PLACE = `Pretoria ${marker}`;
const SECOND_PLACE = `Cape Town ${marker}`;
const HOSTILE_REASON = `<img src=x onerror="document.title='pwned'"> letter ${marker}`;
const BAD_REVISIONS = ["-1", "0", "abc", "1.5", "100000000000000000000", "99999999"];

type Ledger = {
  head: { sequence: number; hash: string; revision: number };
  items: (Record<string, unknown> & { hash: string; previousHash: string })[];
  next: string | null;
};

let published: { id: string; revision: number };
let corrected: number;

test.describe.serial("versions of the record", () => {
  test.beforeAll(async ({ db }) => {
    published = await publishAction(db, "zaf", { action: "accession", date: "2019-03-01", place: FIRST_PLACE, signerName: "A. Signer" });
    corrected = await correctPlace(db, published.id, SECOND_PLACE, HOSTILE_REASON);
  });

  test("the ledger verifies from the public API alone: each hash recomputed, each link followed, the footer's head at the end", async ({
    request,
    page,
  }) => {
    let previous = "0".repeat(64);
    let next: string | null = "/api/v1/ledger?limit=7";
    let head = "";
    let pages = 0;
    while (next) {
      const response = await request.get(next);
      expect(response.status()).toBe(200);
      const ledger = (await response.json()) as Ledger;
      for (const { hash, ...payload } of ledger.items) {
        expect(payload.previousHash).toBe(previous);
        expect(createHash("sha256").update(canonicalize(payload)!, "utf8").digest("hex")).toBe(hash);
        previous = hash;
      }
      head = ledger.head.hash;
      next = ledger.next;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(previous).toBe(head);
    await page.goto("/signatories");
    await expect(page.getByTestId("ledger-head")).toContainText(head);
  });

  test("?revision=N on the API gives the list as published then, in every format, cached for good; now gives the present", async ({
    request,
  }) => {
    const then = await request.get(`/api/v1/signatories?revision=${published.revision}`);
    expect(then.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(then.headers()["record-revision"]).toBe(String(published.revision));
    const document = (await then.json()) as {
      version: { revision: number; ledgerHead: string; url: string };
      items: { code: string; place: string }[];
    };
    expect(document.version.revision).toBe(published.revision);
    expect(document.version.url).toMatch(new RegExp(`/signatories\\?revision=${published.revision}$`));
    expect(document.items.find((item) => item.code === "zaf")?.place).toBe(FIRST_PLACE);

    const now = await request.get("/api/v1/signatories");
    expect(now.headers()["cache-control"]).toBe("public, no-cache");
    expect(((await now.json()) as typeof document).items.find((item) => item.code === "zaf")?.place).toBe(SECOND_PLACE);

    const csv = await request.get(`/api/v1/signatories?revision=${published.revision}&format=csv`);
    expect(csv.headers()["ledger-head"]).toBe(document.version.ledgerHead);
    expect(csv.headers()["content-disposition"]).toContain(`-revision-${published.revision}.csv"`);
    const rows = parse<Record<string, string>>(await csv.text(), { columns: true });
    expect(rows.find((row) => row.code === "zaf")?.place).toBe(FIRST_PLACE);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await (await request.get(`/api/v1/signatories?revision=${published.revision}&format=xlsx`)).body()) as unknown as ArrayBuffer,
    );
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    expect(cells).toContain(FIRST_PLACE);
    expect(cells).not.toContain(SECOND_PLACE);
    expect(cells).toContain(document.version.ledgerHead);

    const folder = mkdtempSync(join(tmpdir(), "revision-pdf-"));
    writeFileSync(
      join(folder, "list.pdf"),
      await (await request.get(`/api/v1/signatories?revision=${published.revision}&format=pdf`)).body(),
    );
    const text = execFileSync("pdftotext", ["-raw", join(folder, "list.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain(FIRST_PLACE);
    expect(text.replace(/\s+/g, "")).toContain(document.version.ledgerHead);
    // Named as the version it is, never as the current record.
    expect(text).toContain(`Record at revision ${published.revision}`);
    expect(text).not.toContain("Current record on");
  });

  test("a pinned revision's ETag holds after later changes: 304 without a new download", async ({ request }) => {
    const first = await request.get(`/api/v1/signatories?revision=${published.revision}`);
    const tag = first.headers()["etag"]!;
    const again = await request.get(`/api/v1/signatories?revision=${published.revision}`, { headers: { "If-None-Match": tag } });
    expect(again.status()).toBe(304);
  });

  test("the attacker's test: bad revisions are refused with a message that says how to fix them, on every surface", async ({
    request,
    page,
  }) => {
    for (const revision of BAD_REVISIONS) {
      for (const path of ["/api/v1/signatories", "/api/v1/datapackage.zip"]) {
        const response = await request.get(`${path}?revision=${encodeURIComponent(revision)}`);
        expect(response.headers()["cache-control"]).toBe("no-store");
        const body = (await response.json()) as { error: { message: string; fields: { revision?: string } } };
        if (/^[1-9][0-9]{0,14}$/.test(revision)) {
          // A well-formed revision the ledger does not hold: there is no such version to show (404).
          expect(response.status(), `${path} ${revision}`).toBe(404);
          expect(body.error.message).toMatch(/^The record is at revision \d+: choose a revision from 1 to \d+$/);
        } else {
          expect(response.status(), `${path} ${revision}`).toBe(400);
          expect(body.error.fields.revision).toBe("Write the revision as a whole number from 1, e.g. 12");
        }
      }
    }
    await page.goto("/signatories?revision=-1");
    await expect(page.getByTestId("revision-problem")).toContainText("Write the revision as a whole number from 1");
    await expect(page.locator("table")).toHaveCount(0);
    await page.goto("/signatories/zaf?revision=99999999");
    await expect(page.getByTestId("revision-problem")).toContainText("The record is at revision");
    await expect(page.getByText(SECOND_PLACE)).toHaveCount(0);
  });

  test("pages at ?revision=N show that version, say so, and offer Cite this version", async ({ page, expectNoAxeViolations }) => {
    await page.goto(`/signatories?revision=${published.revision}`);
    await expect(page.getByTestId("version-notice")).toContainText(`revision ${published.revision}`);
    await expect(page.getByTestId("summary")).toContainText(`record at revision ${published.revision}`);
    const zafRow = page.getByRole("row", { name: /South Africa/ });
    await expect(zafRow).toContainText(FIRST_PLACE);
    await expect(page.getByTestId("permanent-url")).toHaveText(new RegExp(`/signatories\\?revision=${published.revision}$`));
    await expectNoAxeViolations(page);

    // Filtering keeps to the version: the form carries the revision.
    await page.getByLabel("Name or code").fill("South");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`revision=${published.revision}`));
    await expect(page.getByRole("row", { name: /South Africa/ })).toContainText(FIRST_PLACE);

    await page.goto(`/signatories/zaf?revision=${published.revision}`);
    await expect(page.getByText(FIRST_PLACE)).toBeVisible();
    await expect(page.getByTestId("history")).not.toContainText(marker);
    await page.goto(`/signatories/zaf?revision=${corrected}`);
    await expect(page.getByText(SECOND_PLACE)).toBeVisible();
    // The correction's reason, as text: the markup typed is shown, never run.
    await expect(page.getByTestId("history")).toContainText(HOSTILE_REASON);
    expect(await page.title()).not.toBe("pwned");
    await expectNoAxeViolations(page);
  });

  test("Cite this version: plain text, BibTeX and CSL-JSON, opened from the keyboard", async ({ page }) => {
    await page.goto("/signatories/zaf");
    const cite = page.getByTestId("cite-this-version");
    await expect(cite.getByTestId("citation-text")).toContainText(`revision ${corrected}`);
    const bibtex = cite.getByTestId("citation-bibtex");
    await expect(bibtex).toBeHidden();
    await cite.getByText("BibTeX").focus();
    await page.keyboard.press("Enter");
    await expect(bibtex).toBeVisible();
    await expect(bibtex).toContainText(`version = {${corrected}}`);
    await cite.getByText("CSL-JSON").focus();
    await page.keyboard.press("Enter");
    const csl = JSON.parse((await cite.getByTestId("citation-csl").textContent())!) as { type: string; version: string; URL: string }[];
    expect(csl[0]).toMatchObject({ type: "dataset", version: String(corrected) });
    expect(csl[0]!.URL).toMatch(new RegExp(`/signatories/zaf\\?revision=${corrected}$`));
  });

  test("compare two days and two versions, in the page and the API; bad input is named", async ({
    page,
    request,
    expectNoAxeViolations,
  }) => {
    const days = (await (await request.get("/api/v1/compare?from=2019-02-28&to=2019-03-01")).json()) as {
      joined: { code: string }[];
      counts: { from: { byGroup: Record<string, number> }; to: { byGroup: Record<string, number> } };
    };
    expect(days.joined.map((action) => action.code)).toContain("zaf");
    expect(days.counts.to.byGroup.Africa! - days.counts.from.byGroup.Africa!).toBeGreaterThanOrEqual(1);

    const versions = (await (await request.get(`/api/v1/compare?fromRevision=${published.revision}&toRevision=${corrected}`)).json()) as {
      changed: { participant: string; fields: { field: string; then: string; now: string }[] }[];
      entries: { reason: string | null }[];
    };
    expect(versions.changed).toEqual([
      expect.objectContaining({ participant: "zaf", fields: [{ field: "place", then: FIRST_PLACE, now: SECOND_PLACE }] }),
    ]);
    expect(versions.entries.map((entry) => entry.reason)).toEqual([HOSTILE_REASON]);

    const bad = await request.get("/api/v1/compare?from=2019-02-30&to=2019-01-01&fromRevision=1");
    expect(bad.status()).toBe(400);

    await page.goto("/compare");
    await page.getByLabel("From (YYYY-MM-DD)").fill("2019-02-28");
    await page.getByLabel("To (YYYY-MM-DD)").fill("2019-03-01");
    await page.getByRole("button", { name: "Compare days" }).click();
    await expect(page.getByTestId("compare-joined")).toContainText("South Africa");
    await expectNoAxeViolations(page);

    await page.getByLabel("From revision").fill(String(published.revision));
    await page.getByLabel("To revision (leave empty for now)").fill(String(corrected));
    await page.getByRole("button", { name: "Compare versions" }).click();
    await expect(page.getByTestId("compare-changed")).toContainText(FIRST_PLACE);
    await expect(page.getByTestId("compare-entries")).toContainText(HOSTILE_REASON);
    await expectNoAxeViolations(page);

    await page.goto("/compare?from=2019-03-01&to=2019-01-01");
    await expect(page.locator("#compare-to-error")).toHaveText("The second day must be on or after the first");
    await expect(page.getByLabel("To (YYYY-MM-DD)")).toHaveAttribute("aria-invalid", "true");
  });

  test("the data package unzips to its files and schemas, for now and for a past revision", async ({ request }) => {
    const response = await request.get(`/api/v1/datapackage.zip?revision=${published.revision}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/zip");
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const files = Object.fromEntries(Object.entries(unzipSync(await response.body())).map(([name, data]) => [name, strFromU8(data)]));
    for (const name of [
      "datapackage.json",
      "signatories.csv",
      "participants.csv",
      "commitments.csv",
      "statements.csv",
      "ledger.csv",
      "README.md",
      "citation.txt",
    ]) {
      expect(files[name], name).toBeTruthy();
    }
    const descriptor = JSON.parse(files["datapackage.json"]!) as {
      version: string;
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.version).toBe(String(published.revision));
    for (const resource of descriptor.resources) {
      expect(files[resource.path]!.split("\r\n")[0], resource.path).toBe(resource.schema.fields.map((field) => field.name).join(","));
    }
    const signatories = parse<Record<string, string>>(files["signatories.csv"]!, { columns: true });
    expect(signatories.find((row) => row.code === "zaf")?.place).toBe(FIRST_PLACE);
    const participants = parse<Record<string, string>>(files["participants.csv"]!, { columns: true });
    expect(participants.find((row) => row.code === "zaf")?.status).toBe("joined");
    const ledger = parse<Record<string, string>>(files["ledger.csv"]!, { columns: true });
    expect(Math.max(...ledger.map((row) => Number(row.revision)))).toBe(published.revision);
  });
});
