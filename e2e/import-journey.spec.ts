import { mkdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { createAccount, signIn } from "./editor-data";
import { approveAsSecondEditor } from "./review-data";
import { expect, test } from "./fixtures";
import { clearIntakeParticipants, previewThroughPage, publishIntakeSignature, testFile } from "./intake-data";

// The diplomat's import, in a real browser against the production build: export the list, edit two rows
// and add three in the file, preview (exactly 2 corrections and 3 new), apply, see the change on the
// public pages, the feed and the API, then undo and see every record back.

test.beforeAll(() => mkdirSync("test-results", { recursive: true }));

test("export, edit two rows and add three, preview, apply, see it in public, undo", async ({ page, browser, db }) => {
  test.setTimeout(90_000);
  await clearIntakeParticipants(db, ["deu", "fra", "ita", "esp", "prt"]);
  await publishIntakeSignature(db, "deu", { signerName: "Heiko Maas", place: "New York" });
  await publishIntakeSignature(db, "fra", { signerName: "Jean-Yves Le Drian", place: "New York" });
  const before = await db.participantAction.findMany({ where: { participant: { code: { in: ["deu", "fra"] } } }, orderBy: { id: "asc" } });
  const admin = await createAccount(db, { role: "admin" });
  await signIn(page.request, admin);

  const exported = await (await page.request.get("/api/v1/signatories?format=csv&region=Europe")).text();
  const records: string[][] = parse(exported);
  const [header, ...rows] = records;
  const column = (name: string) => header!.indexOf(name);
  rows.find((row) => row[column("code")] === "deu")![column("signer_title")] = "Federal Minister for Foreign Affairs";
  rows.find((row) => row[column("code")] === "fra")![column("place")] = "United Nations Headquarters, New York";
  const added = (values: Record<string, string>) => header!.map((name) => values[name] ?? "");
  rows.push(
    added({
      code: "ita",
      action: "accession",
      date: "2019-05-06",
      signer_name: "Enzo Moavero Milanesi",
      verification: "official-statement",
    }),
    added({ name: "Spain", action: "signature", date: "28 September 2018" }),
    added({ iso2: "PT", action: "signature", date: "Sept 2018", verification: "Press report" }),
  );
  await previewThroughPage(page, testFile("edited.csv", stringify([header!, ...rows], { record_delimiter: "\r\n" })));

  const totals = page.getByTestId("import-totals");
  await expect(totals).toContainText("3 new");
  await expect(totals).toContainText("2 corrections");
  await expect(totals).toContainText("0 errors");
  await expect(page.getByRole("row").filter({ hasText: "Germany" })).toContainText(
    "signer title: (empty) → Federal Minister for Foreign Affairs",
  );
  await expect(page.getByRole("row").filter({ hasText: "France" })).toContainText(
    "place: New York → United Nations Headquarters, New York",
  );
  // The preview is kept: a reload shows the same, and nothing is public yet.
  await page.reload();
  await expect(totals).toContainText("3 new");
  expect(await db.participantAction.count({ where: { participant: { code: { in: ["ita", "esp", "prt"] } } } })).toBe(0);

  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByLabel("Reason")).toHaveAccessibleDescription(/Say why these published records are corrected/);
  const revision = (await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;
  await page.getByLabel("Reason").fill("Titles and place from the missions' notes verbales");
  await page.getByRole("button", { name: "Apply import" }).click();
  // A second reviewer is required (the default): applying submits the batch, and nothing is public until
  // another editor approves it, which then writes the whole batch in one revision.
  await expect(page.getByText("Submitted for review: nothing is public until another editor approves the batch")).toBeVisible();
  expect((await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision);
  expect(await db.participantAction.count({ where: { participant: { code: { in: ["ita", "esp", "prt"] } } } })).toBe(0);
  await approveAsSecondEditor(browser, db, `Batch: Spreadsheet import, ${admin.name}`);
  await page.reload();
  await expect(page.getByText("Applied: 5 records changed in one revision of the public record.")).toBeVisible();
  expect((await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision + 1);
  await expect(page.getByRole("link", { name: "Italy" })).toHaveAttribute("href", "/signatories/ita");

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto("/signatories/ita");
  await expect(publicPage.getByRole("main")).toContainText("Enzo Moavero Milanesi");
  await expect(publicPage.getByRole("main")).toContainText("6 May 2019");
  await publicPage.goto("/signatories/deu");
  await expect(publicPage.getByRole("main")).toContainText("Federal Minister for Foreign Affairs");
  await expect(publicPage.getByRole("main")).toContainText("Titles and place from the missions' notes verbales");
  const feed = await (await visitor.request.get("/feed.xml")).text();
  expect(feed).toContain("/signatories/prt");
  expect(feed).toContain("Titles and place from the missions&apos; notes verbales"); // XML-escaped in the feed
  const api = (await (await visitor.request.get("/api/v1/signatories?q=Spain")).json()) as { items: { code: string; date: string }[] };
  expect(api.items).toContainEqual(expect.objectContaining({ code: "esp", date: "2018-09-28" }));

  await page.getByText("Undo this batch (administrators only)…").click();
  await page.getByLabel("Reason for undoing").fill("Applied from the wrong draft of the annex");
  await page.getByRole("button", { name: "Undo this batch" }).click();
  // The batch changed published records: while review is required, undoing it waits for a second editor.
  await expect(page.getByText("Undo proposed. Nothing changes until another editor approves it")).toBeVisible();
  await publicPage.goto("/signatories/ita");
  await expect(publicPage.getByRole("main")).toContainText("Enzo Moavero Milanesi");
  await approveAsSecondEditor(browser, db, `Change to a published record: Undo of a batch, ${admin.name}`);
  await page.reload();
  await expect(page.getByText("This batch was undone.").first()).toBeVisible();
  const after = await db.participantAction.findMany({ where: { participant: { code: { in: ["deu", "fra"] } } }, orderBy: { id: "asc" } });
  const recorded = (actions: typeof before) => actions.map(({ version: _v, updatedAt: _u, updatedById: _b, ...rest }) => rest);
  expect(recorded(after)).toEqual(recorded(before));
  expect(await db.participantAction.count({ where: { participant: { code: { in: ["ita", "esp", "prt"] } } } })).toBe(0);
  await publicPage.goto("/signatories/ita");
  await expect(publicPage.getByRole("main")).not.toContainText("Enzo Moavero Milanesi");
  await visitor.close();
});

test("an exported list, CSV or Excel, imported unchanged previews 0 new and 0 corrections", async ({ page, db }) => {
  await signIn(page.request, await createAccount(db));
  for (const format of ["csv", "xlsx"] as const) {
    const file = await (await page.request.get(`/api/v1/signatories?format=${format}&region=Europe`)).body();
    await previewThroughPage(page, testFile(`europe.${format}`, file));
    const totals = page.getByTestId("import-totals");
    await expect(totals).toContainText("0 new");
    await expect(totals).toContainText("0 corrections");
    await expect(totals).toContainText("0 errors");
    await expect(page.getByText("Every row is unchanged: there is nothing to apply.")).toBeVisible();
  }
});

test("the template downloads with the columns the page names", async ({ page, db }) => {
  await signIn(page.request, await createAccount(db));
  await page.goto("/editor/import");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the template" }).click()]);
  expect(download.suggestedFilename()).toBe("signatory-import-template.csv");
  const text = readFileSync(await download.path(), "utf8");
  expect(text).toBe("participant,action,date,place,signer_name,signer_title,evidence_url,document_symbol,verification,notes\r\n");
});

test("bad files: a message that says what to fix, and nothing written", async ({ page, db, expectNoAxeViolations }) => {
  await signIn(page.request, await createAccount(db));
  const state = async () => ({
    actions: await db.participantAction.count(),
    audit: await db.auditEntry.count(),
    revision: (await db.recordRevision.findUniqueOrThrow({ where: { id: 1 } })).revision,
  });
  const before = await state();

  const withFormula =
    'participant,date,signer_name\r\nPoland,2019-02-01,"=HYPERLINK(""http://evil.example"",""x"")"\r\nPoland,2019-02-02,\r\n';
  await previewThroughPage(page, testFile("formula.csv", withFormula));
  await expect(page.getByTestId("import-totals")).toContainText("2 errors");
  await expect(page.getByText("This file cannot be applied: fix rows 2 and 3 in the file, then upload it again.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "so a spreadsheet would run it as a formula" })).toContainText("signer_name");
  await expect(page.getByText("Poland is already on row 2 for the same action")).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("List").addRows([
    ["participant", "date"],
    ["Hungary", "2019-01-01"],
  ]);
  workbook.addWorksheet("Hidden", { state: "veryHidden" }).addRow(["participant", "date"]);
  await page.goto("/editor/import");
  await page.getByLabel("Spreadsheet file").setInputFiles(testFile("hidden.xlsx", Buffer.from(await workbook.xlsx.writeBuffer())));
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByLabel("Spreadsheet file")).toHaveAccessibleDescription(/hidden sheets \(“Hidden”\)/);
  await expect(page.getByText("The file cannot be imported. Nothing was written.")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await state()).toEqual(before);
});
