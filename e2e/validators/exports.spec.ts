import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { clearParticipant, publishSignature } from "../open-data-data";
import { runPythonCheck, runTool, saveToTemporaryFile } from "./tools";

// The exports read by other people's programs, as a user's would read them: Python's csv module, openpyxl,
// poppler (pdfinfo, pdftotext) and qpdf. Each is compared with the JSON of the same filters.

type Item = Record<string, string | null>;
type JsonList = { asOf: string | null; generatedAt: string; count: number; items: Item[] };
type CsvRead = { bom: boolean; endsWithCrlf: boolean; header: string[]; widths: number[]; records: Record<string, string>[] };
type XlsxCell = { value: string | number | null; type: string };
type XlsxRead = { sheets: { name: string; frozen: string | null; autoFilter: string | null; boldHeader: boolean; rows: XlsxCell[][] }[] };

const CSV_HEADER =
  "code,iso2,iso3,name,kind,region,subregion,action,date,date_precision,place,signer_name,signer_title,verification,evidence_url,document_symbol".split(
    ",",
  );
const toField = (header: string) => header.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const HOSTILE = {
  place: "Quito; =cmd|' /C calc'!A0",
  signerName: '+Minister, "quoted"\nwith a line break',
  signerTitle: "@title",
  documentSymbol: "-A/73/L.1",
};

async function download(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const disposition = response.headers()["content-disposition"] ?? "";
  return { body: await response.body(), filename: /filename="([^"]+)"/.exec(disposition)?.[1] };
}

async function jsonList(request: APIRequestContext, query: string): Promise<JsonList> {
  return (await (await request.get(`/api/v1/signatories?${query}`)).json()) as JsonList;
}

test.describe("exports read by independent programs", () => {
  test.beforeAll(async ({ db }) => {
    await publishSignature(db, "ecu", { ...HOSTILE, date: "2018-09-28", evidenceUrl: "https://example.org/ecuador?a=1" });
    await publishSignature(db, "pry", { date: "2019-05", datePrecision: "month", place: "Asunción" });
  });
  test.afterAll(async ({ db }) => {
    for (const code of ["ecu", "pry", "bol"] as const) await clearParticipant(db, code);
  });

  test("Python's csv module reads the CSV back as the JSON, formula starts neutralised and nothing else changed", async ({ request }) => {
    const query = "region=Americas&sort=date&order=desc";
    const json = await jsonList(request, query);
    const { body, filename } = await download(request, `/api/v1/signatories?${query}&format=csv`);
    expect(filename).toBe(`signatories-code-of-conduct-2018-current-${json.generatedAt.slice(0, 10)}.csv`);
    const csv = runPythonCheck<CsvRead>("read_csv.py", saveToTemporaryFile("list.csv", body));
    expect(csv).toMatchObject({ bom: false, endsWithCrlf: true, header: CSV_HEADER, widths: [CSV_HEADER.length] });
    expect(csv.records).toHaveLength(json.count);

    csv.records.forEach((record, index) => {
      const item = json.items[index]!;
      if (item.code === "ecu") return; // checked cell by cell below
      for (const header of CSV_HEADER) expect(record[header], `${item.code} ${header}`).toBe(item[toField(header)] ?? "");
    });
    const ecuador = csv.records.find((record) => record.code === "ecu")!;
    expect(ecuador).toMatchObject({
      place: "Quito; '=cmd|' /C calc'!A0", // after the ';' too: where a cell begins in a semicolon locale
      signer_name: '\'+Minister, "quoted"\nwith a line break',
      signer_title: "'@title",
      document_symbol: "'-A/73/L.1",
      evidence_url: "https://example.org/ecuador?a=1",
      date: "2018-09-28",
    });
  });

  test("openpyxl reads the XLSX: text exactly as recorded, real dates, no formula anywhere", async ({ request }) => {
    const query = "region=Americas&sort=name";
    const json = await jsonList(request, query);
    const { body, filename } = await download(request, `/api/v1/signatories?${query}&format=xlsx`);
    expect(filename).toMatch(/^signatories-code-of-conduct-2018-current-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = runPythonCheck<XlsxRead>("read_xlsx.py", saveToTemporaryFile("list.xlsx", body));
    const [sheet, about] = workbook.sheets;
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Signatories", "About"]);
    expect(sheet).toMatchObject({ frozen: "A2", boldHeader: true });
    expect(sheet!.autoFilter).toMatch(/^A1:P1$/);
    const [header, ...rows] = sheet!.rows;
    expect(header!.map((cell) => cell.value)).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(json.count);
    expect(workbook.sheets.flatMap((s) => s.rows.flat()).filter((cell) => cell.type === "f")).toEqual([]);

    rows.forEach((row, index) => {
      const item = json.items[index]!;
      CSV_HEADER.forEach((column, position) => {
        const cell = row[position]!;
        const expected = item[toField(column)] ?? null;
        expect(cell.value, `${item.code} ${column}`).toBe(expected);
        if (expected !== null)
          expect(cell.type, `${item.code} ${column}`).toBe(column === "date" && item.datePrecision === "day" ? "d" : "s");
      });
    });
    const ecuador = rows[json.items.findIndex((item) => item.code === "ecu")]!;
    expect(ecuador[CSV_HEADER.indexOf("signer_name")]?.value).toBe(HOSTILE.signerName); // no apostrophe: a text cell is never run
    expect(ecuador[CSV_HEADER.indexOf("place")]?.value).toBe(HOSTILE.place);

    const aboutPairs = new Map(about!.rows.map(([field, value]) => [field?.value, value?.value]));
    expect(aboutPairs.get("As of")).toBe("Not filtered: the current record, undated actions included");
    expect(aboutPairs.get("Rows")).toBe(json.count);
  });

  test("poppler and qpdf read the PDF: tagged, titled, sound, and in the list's reading order", async ({ request }) => {
    const query = "region=Americas&sort=name&asOf=2030-01-01";
    const json = await jsonList(request, query);
    const { body, filename } = await download(request, `/api/v1/signatories?${query}&format=pdf`);
    expect(filename).toBe("signatories-code-of-conduct-2018-as-of-2030-01-01.pdf");
    const file = saveToTemporaryFile("list.pdf", body);

    const info = runTool("pdfinfo", [file]);
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(info.stdout).toMatch(
      /^Title:\s+List of signatories — Code of Conduct towards Achieving a World Free of Terrorism — as of 1 Jan 2030$/m,
    );
    const check = runTool("qpdf", ["--check", file]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain("No syntax or stream encoding errors found");

    // Reading order as text: every participant, in the list's order, between the heading and the notes.
    const text = runTool("pdftotext", ["-raw", file, "-"]).stdout.replace(/\s+/g, " ");
    let position = text.indexOf("List of signatories");
    expect(position).toBe(0);
    for (const item of json.items) {
      const next = text.indexOf(item.name!, position);
      expect(next, `${item.name} after the previous row`).toBeGreaterThan(position);
      position = next;
    }
    expect(text.indexOf("Suggested citation", position)).toBeGreaterThan(position);

    // Reading order as structure: one table row per item after the header row, cells in column order.
    const structure = runTool("pdfinfo", ["-struct-text", file]).stdout;
    expect(structure.match(/^ {4}TR$/gm)).toHaveLength(json.count + 1);
    expect(structure.indexOf('"List of signatories"')).toBeLessThan(structure.indexOf("Table"));
    expect(structure).toContain(`"As of 1 Jan 2030 · ${json.count} entries"`);
  });

  test("“today” has one meaning: without asOf the current record, with asOf=today the dated list, named apart", async ({ request, db }) => {
    await publishSignature(db, "bol", { action: "accession", date: null, datePrecision: "unknown" });
    const current = await jsonList(request, "region=Americas");
    const today = current.generatedAt.slice(0, 10);
    const dated = await jsonList(request, `region=Americas&asOf=${today}`);

    expect(current.asOf).toBeNull();
    expect(dated.asOf).toBe(today);
    expect(current.items.some((item) => item.code === "bol")).toBe(true); // undated: in the current record
    expect(dated.items.some((item) => item.code === "bol")).toBe(false); // cannot be placed on a day
    for (const format of ["csv", "xlsx", "pdf", "json"] as const) {
      const suffix = format === "json" ? "&download=1" : "";
      const currentFile = (await download(request, `/api/v1/signatories?region=Americas&format=${format}${suffix}`)).filename;
      const datedFile = (await download(request, `/api/v1/signatories?region=Americas&asOf=${today}&format=${format}${suffix}`)).filename;
      expect(currentFile).toBe(`signatories-code-of-conduct-2018-current-${today}.${format}`);
      expect(datedFile).toBe(`signatories-code-of-conduct-2018-as-of-${today}.${format}`);
    }
  });
});
