import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { clearParticipant, publishSignature, uniqueMarker } from "./open-data-data";

// Every format read back and compared with the JSON of the same filters.

const CSV_HEADER =
  "code,iso2,iso3,name,kind,region,subregion,action,date,date_precision,place,signer_name,signer_title,verification,evidence_url,document_symbol";
const CSV_TO_JSON: [string, string][] = CSV_HEADER.split(",").map((header) => [
  header,
  header.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
]);
const todayUtc = () => new Date().toISOString().slice(0, 10);
const inert = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

type JsonList = {
  instrument: { slug: string; title: string; openedOn: string };
  asOf: string;
  generatedAt: string;
  count: number;
  items: Record<string, string | null>[];
};

test.describe("signatory exports", () => {
  test.afterAll(async ({ db }) => {
    await clearParticipant(db, "can");
    await clearParticipant(db, "fji");
  });

  test("the JSON has the contract's shape and the CSV matches it row by row, with formulas made inert", async ({ request, db }) => {
    const marker = uniqueMarker("csv");
    await publishSignature(db, "can", {
      place: `=HYPERLINK("http://x/${marker}")`,
      signerName: '+Minister, "quoted"\nwith a line break',
      signerTitle: "@title",
      documentSymbol: "-A/73/L.1",
      verification: "press_report",
    });

    const json = (await (await request.get("/api/v1/signatories?sort=date&order=desc")).json()) as JsonList;
    expect(Object.keys(json)).toEqual(["instrument", "asOf", "generatedAt", "count", "items", "version"]);
    expect(json.instrument).toEqual({
      slug: "code-of-conduct-2018",
      title: "Code of Conduct towards Achieving a World Free of Terrorism",
      openedOn: "2018-09-28",
    });
    expect(json.asOf).toBeNull(); // no asOf: the current record
    expect(json.count).toBe(json.items.length);
    const published = await db.participantAction.count({ where: { status: "published", instrument: { slug: "code-of-conduct-2018" } } });
    expect(json.count).toBe(published);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(CSV_TO_JSON.map(([, field]) => field));
      expect(["depositary", "official-statement", "press-report"]).toContain(item.verification);
      const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[item.datePrecision as "day"];
      if (item.datePrecision === "unknown") expect(item.date).toBeNull();
      else expect(item.date).toMatch(pattern);
    }
    const canada = json.items.find((item) => item.code === "can")!;
    expect(canada.place).toBe(`=HYPERLINK("http://x/${marker}")`); // JSON keeps the text as recorded
    expect(canada.verification).toBe("press-report");

    const response = await request.get("/api/v1/signatories?sort=date&order=desc&format=csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe(CSV_HEADER);
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows).toHaveLength(json.items.length);
    rows.forEach((row, index) => {
      for (const [header, field] of CSV_TO_JSON)
        expect(row[header], `${header} of row ${index + 1}`).toBe(inert(json.items[index]?.[field] ?? ""));
    });
    const canadaRow = rows.find((row) => row.code === "can")!;
    expect(canadaRow.place).toBe(`'=HYPERLINK("http://x/${marker}")`);
    expect(canadaRow.signer_name).toBe('\'+Minister, "quoted"\nwith a line break');
    expect(canadaRow.signer_title).toBe("'@title");
    expect(canadaRow.document_symbol).toBe("'-A/73/L.1");
  });

  test("the XLSX has the header, real date cells, formula-like text as text cells and a metadata sheet", async ({ request, db }) => {
    const marker = uniqueMarker("xlsx");
    await publishSignature(db, "fji", { signerName: `=HYPERLINK("http://x","${marker}")`, date: "2019-03-14", datePrecision: "day" });

    const json = (await (await request.get("/api/v1/signatories?region=oceania&asOf=2030-01-01")).json()) as JsonList;
    expect(json.items.some((item) => item.code === "fji")).toBe(true);
    const response = await request.get("/api/v1/signatories?region=oceania&asOf=2030-01-01&format=xlsx");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);

    const [sheet, about] = workbook.worksheets;
    if (!sheet || !about) throw new Error("The workbook should have two sheets");
    expect([sheet.name, about.name]).toEqual(["Signatories", "About"]);
    expect((sheet.getRow(1).values as unknown[]).slice(1).join(",")).toBe(CSV_HEADER);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(json.items.length + 1);
    const column = (header: string) => CSV_HEADER.split(",").indexOf(header) + 1;
    json.items.forEach((item, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(column("code")).value).toBe(item.code);
      const date = row.getCell(column("date")).value;
      if (item.datePrecision === "day") {
        expect(date).toBeInstanceOf(Date);
        expect((date as Date).toISOString().slice(0, 10)).toBe(item.date);
      } else {
        expect(date ?? null).toBe(item.date);
      }
    });
    const fijiRow = sheet.getRow(json.items.findIndex((item) => item.code === "fji") + 2);
    const signer = fijiRow.getCell(column("signer_name"));
    expect(signer.value).toBe(`=HYPERLINK("http://x","${marker}")`); // a text cell is never run: no apostrophe
    expect(signer.formula).toBeUndefined();
    expect(signer.type).toBe(ExcelJS.ValueType.String);

    const pairs = new Map<string, string>();
    about.eachRow((row) => pairs.set(row.getCell(1).text, row.getCell(2).text));
    expect(pairs.get("Instrument")).toBe("Code of Conduct towards Achieving a World Free of Terrorism");
    expect(pairs.get("Filter: Region")).toBe("Oceania");
    expect(pairs.get("As of")).toBe("2030-01-01");
    expect(pairs.get("Generated at (UTC)")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect(pairs.get("Suggested citation")).toContain("as of 1 Jan 2030");
  });

  test("the PDF annex lists every participant of a filtered list, with page numbers and the citation", async ({ request }) => {
    const query = "kind=state&sort=name";
    const json = (await (await request.get(`/api/v1/signatories?${query}`)).json()) as JsonList;
    expect(json.count).toBeGreaterThan(3);
    const response = await request.get(`/api/v1/signatories?${query}&format=pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const folder = mkdtempSync(join(tmpdir(), "open-data-pdf-"));
    writeFileSync(join(folder, "list.pdf"), await response.body());
    const text = execFileSync("pdftotext", ["-raw", join(folder, "list.pdf"), "-"], { encoding: "utf8" });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("List of signatories");
    expect(flat).toContain("Code of Conduct towards Achieving a World Free of Terrorism");
    for (const item of json.items) expect(flat, item.name!).toContain(item.name!);
    expect(flat).toContain(`${json.count} entries`);
    expect(flat).toMatch(/Page 1 of \d+/);
    expect(flat).toContain("Suggested citation");
    expect(flat).toContain("Only the month or the year");
    // Organisations are filtered out, so none of them is in the annex.
    const organizations = (await (await request.get("/api/v1/signatories?kind=organization")).json()) as JsonList;
    for (const item of organizations.items) expect(flat).not.toContain(item.name!);
  });

  test("downloads are attachments named after the instrument and the as-of date or the current record; JSON only with download=1", async ({
    request,
  }) => {
    for (const format of ["csv", "xlsx", "pdf"]) {
      const dated = await request.get(`/api/v1/signatories?format=${format}&asOf=2019-07-15`);
      expect(dated.headers()["content-disposition"]).toBe(
        `attachment; filename="signatories-code-of-conduct-2018-as-of-2019-07-15.${format}"`,
      );
      const today = await request.get(`/api/v1/signatories?format=${format}`);
      expect(today.headers()["content-disposition"]).toBe(
        `attachment; filename="signatories-code-of-conduct-2018-current-${todayUtc()}.${format}"`,
      );
    }
    const inline = await request.get("/api/v1/signatories?format=json");
    expect(inline.headers()["content-disposition"]).toBeUndefined();
    expect(inline.headers()["content-type"]).toContain("application/json");
    const saved = await request.get("/api/v1/signatories?format=json&download=1&asOf=2019-07-15");
    expect(saved.headers()["content-disposition"]).toBe('attachment; filename="signatories-code-of-conduct-2018-as-of-2019-07-15.json"');
  });

  test("asOf leaves out actions whose dated period had not passed", async ({ request, db }) => {
    await publishSignature(db, "fji", { date: "2021-06", datePrecision: "month" });
    const before = (await (await request.get("/api/v1/signatories?asOf=2021-06-29")).json()) as JsonList;
    const after = (await (await request.get("/api/v1/signatories?asOf=2021-06-30")).json()) as JsonList;
    expect(before.items.some((item) => item.code === "fji")).toBe(false);
    expect(after.items.find((item) => item.code === "fji")).toMatchObject({ date: "2021-06", datePrecision: "month" });
    expect(after.asOf).toBe("2021-06-30");
  });
});
