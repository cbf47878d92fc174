import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { formatDay } from "@/lib/dates/format-date";
import { expect, test } from "./fixtures";

// ?lang= on the exports, downloaded from the built server and read back as a user's programs would: the CSV
// with a CSV parser, the XLSX with ExcelJS, the PDF with pdftotext (Arabic in logical order).

const CSV_HEADER =
  "code,iso2,iso3,name,kind,region,subregion,action,date,date_precision,place,signer_name,signer_title,verification,evidence_url,document_symbol";
// Seeded states whose names CLDR writes differently in each language (a multi-word Arabic name among them).
const EXPECTED_NAMES = {
  fr: { tur: "Turquie", vct: "Saint-Vincent-et-les Grenadines", rus: "Russie" },
  ar: { tur: "تركيا", vct: "سانت فنسنت وجزر غرينادين", rus: "روسيا", syr: "سوريا" },
} as const;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

type JsonList = { count: number; items: { code: string; name: string; kind: string }[]; version: { revision: number } };

function save(body: Buffer, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "localized-export-")), name);
  writeFileSync(file, body);
  return file;
}

for (const lang of ["fr", "ar"] as const) {
  test.describe(`exports with lang=${lang}`, () => {
    test("the JSON and the CSV name participants in the language; the CSV's header and codes do not change", async ({ request }) => {
      const english = (await (await request.get("/api/v1/signatories?kind=state")).json()) as JsonList;
      const response = await request.get(`/api/v1/signatories?kind=state&lang=${lang}`);
      expect(response.status()).toBe(200);
      const localized = (await response.json()) as JsonList;
      const names = Object.fromEntries(localized.items.map((item) => [item.code, item.name]));
      for (const [code, name] of Object.entries(EXPECTED_NAMES[lang])) expect(names[code], code).toBe(name);
      expect([...localized.items.map((item) => item.code)].sort()).toEqual([...english.items.map((item) => item.code)].sort());

      const csv = await request.get(`/api/v1/signatories?kind=state&lang=${lang}&format=csv`);
      const text = await csv.text();
      expect(text.split("\r\n")[0]).toBe(CSV_HEADER);
      const rows = parse<Record<string, string>>(text, { columns: true });
      expect(rows.map((row) => [row.code, row.name])).toEqual(localized.items.map((item) => [item.code, item.name]));
      expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(["state"])); // machine values stay as they are
    });

    test("the XLSX carries the names, its headings and the About sheet in the language", async ({ request }) => {
      const localized = (await (await request.get(`/api/v1/signatories?lang=${lang}`)).json()) as JsonList;
      const response = await request.get(`/api/v1/signatories?lang=${lang}&format=xlsx`);
      expect(response.status()).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet("Signatories")!;
      const headers = (sheet.getRow(1).values as string[]).slice(1);
      expect(headers).toHaveLength(16);
      expect(headers.join(",")).not.toBe(CSV_HEADER); // headings for readers; the CSV keeps the column names
      const nameColumn = CSV_HEADER.split(",").indexOf("name") + 1;
      const sheetNames = localized.items.map((_, index) => sheet.getRow(index + 2).getCell(nameColumn).text);
      expect(sheetNames).toEqual(localized.items.map((item) => item.name));
      const about = new Map<string, string>();
      workbook.getWorksheet("About")!.eachRow((row) => about.set(row.getCell(1).text, row.getCell(2).text));
      expect([...about.values()]).toContain(formatDay("2018-09-28", lang)); // opened for signature, in that language
      expect([...about.values()].some((value) => value.startsWith(`${lang} — `))).toBe(true);
    });

    test("the PDF annex is in the language, and every name extracts in logical order", async ({ request }) => {
      const localized = (await (await request.get(`/api/v1/signatories?lang=${lang}`)).json()) as JsonList;
      const response = await request.get(`/api/v1/signatories?lang=${lang}&format=pdf`);
      expect(response.status()).toBe(200);
      const file = save(await response.body(), "list.pdf");
      // A long name wraps inside its cell: compared without the line breaks and spaces.
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(BIDI_CONTROLS, "").replace(/\s+/g, "");
      const squeezed = (name: string) => name.replace(/\s+/g, "");
      for (const item of localized.items) expect(text, item.code).toContain(squeezed(item.name));
      for (const name of Object.values(EXPECTED_NAMES[lang])) expect(text).toContain(squeezed(name));
      // The opening day: its month in that language (pdftotext places the numbers of an Arabic date by its own rules).
      expect(text).toContain(squeezed(formatDay("2018-09-28", lang).replace(/\d+/g, "")));
      const root = execFileSync("qpdf", ["--show-object=trailer", file], { encoding: "latin1" });
      const catalog = execFileSync("qpdf", [`--show-object=${/\/Root (\d+) 0 R/.exec(root)![1]}`, file], { encoding: "latin1" });
      expect(catalog).toContain(`/Lang (${lang})`);
    });

    test("a past revision exports in the language too", async ({ request }) => {
      const current = (await (await request.get("/api/v1/signatories")).json()) as JsonList;
      const revision = current.version.revision;
      const response = await request.get(`/api/v1/signatories?revision=${revision}&lang=${lang}&format=csv`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toContain(`-revision-${revision}.csv`);
      const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
      const names = new Map(rows.map((row) => [row.code, row.name]));
      expect(names.get("tur")).toBe(EXPECTED_NAMES[lang].tur);
    });
  });
}

test.describe("lang on the open API", () => {
  test("a language we do not offer is a 400 that lists the six, and nothing is exported", async ({ request }) => {
    for (const lang of ["de", "FR", "fr-CA"]) {
      const response = await request.get(`/api/v1/signatories?format=csv&lang=${lang}`, { headers: { "Accept-Language": "en" } });
      expect(response.status(), lang).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["content-disposition"]).toBeUndefined();
      expect(response.headers().vary).toContain("Accept-Language");
      const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe("invalid_parameters");
      expect(body.error.fields.lang).toContain("en, ar, zh, fr, ru, es");
    }
  });

  test("an error names the bad parameter in every negotiated language, never as a message key", async ({ request }) => {
    for (const headers of [{}, { "Accept-Language": "ar" }, { "Accept-Language": "fr-CA;q=0.9" }] as Record<string, string>[]) {
      const response = await request.get("/api/v1/changes?limit=0", { headers });
      expect(response.status()).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/\\u2063|msg:|api\.problems/);
      expect((JSON.parse(text) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty("limit");
    }
  });
});
