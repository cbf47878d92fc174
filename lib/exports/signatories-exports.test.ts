import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import { signatoriesDocumentSchema } from "@/lib/api/schema";
import { buildSignatoriesCsv, CSV_COLUMNS } from "./signatories-csv";
import { loadExportWords } from "./export-words";
import { buildSignatoriesDocument, type SignatoryExport } from "./signatories-document";
import { buildSignatoriesPdf } from "./signatories-pdf";
import { buildSignatoriesXlsx } from "./signatories-xlsx";
import { AWKWARD_ROWS, awkwardRow } from "@/tests/awkward-export-rows";

const instrument = {
  slug: "code-of-conduct-2018",
  title: "Code of Conduct towards Achieving a World Free of Terrorism",
  openedOn: "2018-09-28",
};
const filters = signatoryFiltersSchema.parse({ q: "=cmd", region: "Asia" });
const now = new Date("2026-11-28T10:00:00Z");
const LEDGER_HEAD = "ab".repeat(32);
const version = {
  revision: 42,
  ledgerHead: LEDGER_HEAD,
  url: "http://localhost/signatories?revision=42",
  citation: "Code of Conduct Signatory Tracker, “Signatories”, revision 42. http://localhost/signatories?revision=42",
};
const data: SignatoryExport = {
  document: buildSignatoriesDocument({ instrument, filters, rows: AWKWARD_ROWS, now, version }),
  filters,
  citation: "Code of Conduct Signatory Tracker, “Signatories”, current record on 28 Nov 2026. http://localhost/signatories",
  words: await loadExportWords("en"),
};

describe("the JSON document", () => {
  it("matches the API schema, with public verification names and null for unknown dates", () => {
    const document = signatoriesDocumentSchema.parse(data.document);
    expect(document.asOf).toBeNull(); // no asOf filter: the current record, not "as of" a day
    expect(document.count).toBe(4);
    expect(document.items.map((item) => item.verification)).toEqual(["official-statement", "press-report", "depositary", "depositary"]);
    expect(document.items[3]?.date).toBeNull();
    expect(Object.keys(document.items[0] ?? {})).toEqual(CSV_COLUMNS.map(([, field]) => field));
  });
});

describe("the CSV", () => {
  const csv = buildSignatoriesCsv(data);

  it("has the contract's header, CRLF line ends and no byte-order mark", () => {
    expect(csv.split("\r\n")[0]).toBe(
      "code,iso2,iso3,name,kind,region,subregion,action,date,date_precision,place,signer_name,signer_title,verification,evidence_url,document_symbol",
    );
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("quotes commas, quotes and line breaks so that a parser reads every value back", () => {
    const records = parse<Record<string, string>>(csv, { columns: true });
    expect(records).toHaveLength(4);
    expect(records[0]?.place).toBe("United Nations Headquarters, New York");
    expect(records[0]?.evidence_url).toBe("http://example.org/a?b=1,2");
    expect(records[1]?.signer_title).toBe('Line one\nline "two"');
    expect(records[2]?.name).toBe("Кыргызстан");
    expect(records[3]?.date).toBe("");
  });

  it("neutralises formula-like cells", () => {
    const records = parse<Record<string, string>>(csv, { columns: true });
    expect(records[1]?.signer_name).toBe('\'=HYPERLINK("http://x")');
    expect(records[1]?.document_symbol).toBe("'-A/73/1");
    expect(records[2]?.place).toBe("'@home");
  });

  it("starts no cell with a formula when a spreadsheet splits it on ';' or tabs instead of commas", () => {
    const hostile: SignatoryExport = {
      ...data,
      document: buildSignatoriesDocument({
        instrument,
        filters,
        rows: [
          { ...AWKWARD_ROWS[0]!, signerTitle: "Minister;=cmd|' /C calc'!A0", place: "New York;\t@SUM(1+1)" },
          ...AWKWARD_ROWS.slice(1),
        ],
        now,
        version,
      }),
    };
    const text = buildSignatoriesCsv(hostile);
    for (const separator of [",", ";", "\t"]) {
      const cells = text.split(/\r\n/).flatMap((line) => line.split(separator));
      // A cell as a spreadsheet would take it: leading spaces and an opening quote are not part of its start.
      for (const cell of cells) expect(cell.replace(/^ *"?/, ""), `split on ${JSON.stringify(separator)}`).not.toMatch(/^[=+\-@]/);
    }
    const records = parse<Record<string, string>>(text, { columns: true });
    expect(records[0]?.signer_title).toBe("Minister;'=cmd|' /C calc'!A0");
  });
});

describe("the XLSX", () => {
  it("has date cells for full days, text for partial dates, a bold frozen filtered header and an About sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildSignatoriesXlsx(data)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Signatories")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(CSV_COLUMNS.map(([header]) => header));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const dateColumn = CSV_COLUMNS.findIndex(([header]) => header === "date") + 1;
    expect(sheet.getRow(2).getCell(dateColumn).value).toEqual(new Date("2018-09-28T00:00:00Z"));
    expect(sheet.getRow(3).getCell(dateColumn).value).toBe("2019-03");
    const signerColumn = CSV_COLUMNS.findIndex(([header]) => header === "signer_name") + 1;
    // Text cells are never evaluated: the value as recorded, with no apostrophe and no formula.
    const signer = sheet.getRow(3).getCell(signerColumn);
    expect(signer.value).toBe('=HYPERLINK("http://x")');
    expect(signer.type).toBe(ExcelJS.ValueType.String);
    expect(signer.formula).toBeUndefined();

    const about = workbook.getWorksheet("About")!;
    const cells: string[] = [];
    about.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    const text = cells.join("\n");
    expect(text).toContain("Code of Conduct towards Achieving a World Free of Terrorism");
    expect(text).toContain("Filter: Search\n=cmd"); // a search typed as a formula is a text cell, shown as typed
    expect(text).toContain("Not filtered: the current record, undated actions included");
    expect(text).toContain("2026-11-28T10:00:00.000Z");
    expect(text).toContain(data.citation);
    expect(text).toContain(LEDGER_HEAD); // the ledger head, to check the file against GET /api/v1/ledger
    expect(text).toContain("42");
  });
});

describe("the PDF", () => {
  it("prints every participant, the precision note, the citation and page numbers", async () => {
    const many: SignatoryExport = {
      ...data,
      document: buildSignatoriesDocument({
        instrument,
        filters,
        rows: Array.from({ length: 60 }, (_, index) => ({ ...awkwardRow(index), name: `${awkwardRow(index).name} ${index + 1}` })),
        now,
        version,
      }),
    };
    const pdf = await buildSignatoriesPdf(many);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const folder = mkdtempSync(join(tmpdir(), "pdf-test-"));
    writeFileSync(join(folder, "list.pdf"), pdf);
    const text = execFileSync("pdftotext", ["-layout", join(folder, "list.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("List of signatories");
    for (let index = 0; index < 60; index++) expect(text).toContain(`${awkwardRow(index).name} ${index + 1}`);
    expect(text).toContain("Кыргызстан");
    expect(text).toContain("Türkiye");
    expect(text).toMatch(/Only the month or the year/);
    expect(text).toContain("Suggested citation");
    expect(text.replace(/\s+/g, "")).toContain(LEDGER_HEAD);
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("is a tagged PDF with a title, a language and the structure in reading order", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pdf-tags-"));
    const file = join(folder, "list.pdf");
    writeFileSync(file, await buildSignatoriesPdf(data));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(
      /^Title:\s+List of signatories — Code of Conduct towards Achieving a World Free of Terrorism — current record on 28 Nov 2026$/m,
    );
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain("No syntax or stream encoding errors");
    const catalog = execFileSync("qpdf", ["--show-object=trailer", "--filtered-stream-data", file], { encoding: "latin1" });
    const root = /\/Root (\d+) 0 R/.exec(catalog)?.[1];
    const rootObject = execFileSync("qpdf", [`--show-object=${root}`, file], { encoding: "latin1" });
    expect(rootObject).toContain("/Lang (en)");
    expect(rootObject).toContain("/StructTreeRoot");
    expect(rootObject).toMatch(/\/ViewerPreferences/);

    // The structure tree: heading, paragraphs, one table (a header row of TH, then one TR of TD per item), notes
    // (the last one names the record revision and the ledger head).
    const structure = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    const elements = [...structure.matchAll(/^ {2}(\w+)/gm)].map((match) => match[1]);
    expect(elements).toEqual(["H1", "P", "P", "P", "P", "Table", "P", "P", "P", "P"]);
    expect(structure).toContain(`Record revision ${data.document.version.revision}`);
    expect(structure.match(/^ {4}TR$/gm)).toHaveLength(data.document.items.length + 1);
    expect(structure.match(/^ {6}TH/gm)).toHaveLength(5);
    const names = data.document.items.map((item) => item.name);
    const positions = names.map((name) => structure.indexOf(`"${name}`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(structure).not.toContain("Page 1 of"); // page furniture is an artifact, outside the structure
  });
});
