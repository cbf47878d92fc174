import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import type { PublishedAction } from "@/lib/signatories/list-published-actions";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import exportsFr from "@/messages/fr/exports.json";
import exportsRu from "@/messages/ru/exports.json";
import { AWKWARD_ROWS } from "@/tests/awkward-export-rows";
import { exportWordsOf, loadExportWords, type ExportWords } from "./export-words";
import { buildSignatoriesCsv } from "./signatories-csv";
import { buildSignatoriesDocument, type SignatoryExport } from "./signatories-document";
import { buildSignatoriesPdf } from "./signatories-pdf";
import { buildSignatoriesXlsx } from "./signatories-xlsx";

// ?lang= on the exports: names in the language (CLDR through participantName), headings from
// messages/<locale>/exports.json, dates through Intl; the CSV's machine columns unchanged.

const instrument = {
  slug: "code-of-conduct-2018",
  title: "Code of Conduct towards Achieving a World Free of Terrorism",
  openedOn: "2018-09-28",
};
const filters = signatoryFiltersSchema.parse({});
const version = { revision: 7, ledgerHead: "cd".repeat(32), url: "http://localhost/signatories?revision=7", citation: "citation" };
const now = new Date("2026-11-28T10:00:00Z");
// Multi-word Arabic names, a ligature (الإمارات), and a withdrawal in brackets: what a naive PDF gets wrong.
const GULF: PublishedAction[] = [
  { ...AWKWARD_ROWS[0]!, code: "sau", iso2: "SA", iso3: "SAU", name: "Saudi Arabia" },
  { ...AWKWARD_ROWS[0]!, code: "are", iso2: "AE", iso3: "ARE", name: "United Arab Emirates", action: "accession" },
];
const ROWS = [...AWKWARD_ROWS, ...GULF];

async function exportIn(locale: Locale, words?: ExportWords): Promise<SignatoryExport> {
  return {
    document: buildSignatoriesDocument({ instrument, filters, rows: ROWS, now, version, locale }),
    filters,
    citation: "Code of Conduct Signatory Tracker, “Signatories”, revision 7. http://localhost/signatories?revision=7",
    words: words ?? (await loadExportWords(locale)),
  };
}

/**
 * English catalogue words marked ⟦…⟧ under another locale's name (its dates, its names): a heading that does
 * not come from the catalogue (messages/<locale>/exports.json) shows up unmarked.
 */
async function markedWords(locale: Locale): Promise<ExportWords> {
  const english = await loadExportWords("en");
  return exportWordsOf(locale, (key, values) => `⟦${english.t(key, values)}⟧`);
}

function pdfText(pdf: Buffer, ...options: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "pdf-lang-")), "list.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", [...options, file, "-"], { encoding: "utf8" });
}

describe("names in the export's language", () => {
  it("come from CLDR for states and stay as recorded for organisations, sorted in that language", async () => {
    const { document } = await exportIn("ru");
    const names = document.items.map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(["Казахстан", "Турция", "Киргизия", "Саудовская Аравия", "ОАЭ"]));
    expect(names).toContain(AWKWARD_ROWS[3]!.name); // an organisation keeps its recorded name
    const states = document.items.filter((item) => item.kind === "state").map((item) => item.name);
    expect(states).toEqual([...states].sort(new Intl.Collator("ru").compare));
  });
});

describe("the CSV with lang", () => {
  it("keeps the machine header and codes; only the name values change", async () => {
    const english = buildSignatoriesCsv(await exportIn("en")).split("\r\n");
    const arabic = buildSignatoriesCsv(await exportIn("ar")).split("\r\n");
    expect(arabic[0]).toBe(english[0]);
    expect(arabic[0]).toBe(
      "code,iso2,iso3,name,kind,region,subregion,action,date,date_precision,place,signer_name,signer_title,verification,evidence_url,document_symbol",
    );
    expect(arabic.join("\n")).toContain("sau,SA,SAU,المملكة العربية السعودية,state,Asia");
    expect(arabic.join("\n")).toContain(",accession,");
  });
});

describe("the XLSX with lang", () => {
  it("writes every heading of both sheets from the catalogue, and dates in that language", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildSignatoriesXlsx(await exportIn("fr", await markedWords("fr")))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Signatories")!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toHaveLength(16);
    for (const header of headers) expect(header).toMatch(/^⟦.+⟧$/);
    const about = workbook.getWorksheet("About")!;
    about.eachRow((row) => expect(row.getCell(1).text).toMatch(/^⟦.+⟧$/));
    const values = new Map<string, string>();
    about.eachRow((row) => values.set(row.getCell(1).text, row.getCell(2).text));
    expect(values.get("⟦Opened for signature⟧")).toBe("28 septembre 2018");
    expect(values.get("⟦Language⟧")).toMatch(/^fr — ⟦/);
  });

  it("carries the language's own headings, from its catalogue", async () => {
    for (const [locale, catalogue] of [
      ["fr", exportsFr],
      ["ru", exportsRu],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await buildSignatoriesXlsx(await exportIn(locale))) as unknown as ArrayBuffer);
      const labels: string[] = [];
      workbook.getWorksheet("About")!.eachRow((row) => labels.push(row.getCell(1).text));
      expect(labels, locale).toContain(catalogue.about.openedForSignature);
      const text = pdfText(await buildSignatoriesPdf(await exportIn(locale)));
      expect(text.replace(/\s+/g, " "), locale).toContain(catalogue.title.replace(/\s+/g, " "));
    }
  });

  it("keeps the CSV's column names as the header in English", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildSignatoriesXlsx(await exportIn("en"))) as unknown as ArrayBuffer);
    expect((workbook.getWorksheet("Signatories")!.getRow(1).values as string[]).slice(1, 4)).toEqual(["code", "iso2", "iso3"]);
  });
});

describe("the PDF with lang", () => {
  it("writes every heading, note and footer from the catalogue", async () => {
    const pdf = await buildSignatoriesPdf(await exportIn("fr", await markedWords("fr")));
    if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}.fr.pdf`, pdf);
    const text = pdfText(pdf, "-layout");
    for (const line of text.split("\n").filter((line) => /[A-Za-z]/.test(line) && !/^\s*\d+\s/.test(line))) {
      // Every line of prose is a catalogue string (marked), or the instrument's title: nothing else is English.
      if (
        !line.includes(instrument.title) &&
        !/United Nations Headquarters|Minister|Kairat|Turkic|Ankara|@home|HYPERLINK|Line one|line "two"/.test(line)
      )
        expect(line, line).toMatch(/⟦|⟧/);
    }
    expect(text).toContain("28 septembre 2018"); // the instrument's opening day, in French
  });

  it("shapes Arabic and extracts every name in logical order, in a right-to-left table", async () => {
    const data = await exportIn("ar");
    const text = pdfText(await buildSignatoriesPdf(data));
    const lines = text.split("\n").map((line) => line.replace(/[\u202A-\u202E]/g, "").trim());
    for (const expected of ["المملكة العربية السعودية", "الإمارات العربية المتحدة", "كازاخستان", "تركيا"]) {
      expect(
        lines.some((line) => line.includes(expected)),
        expected,
      ).toBe(true);
    }
    expect(text).not.toContain("اإلمارات"); // the lam-alef ligature read back in the wrong order
    expect(text).not.toContain("السعوديةالعربية"); // words run together and out of order
    const file = join(mkdtempSync(join(tmpdir(), "pdf-ar-")), "list.pdf");
    writeFileSync(file, await buildSignatoriesPdf(data));
    if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, await buildSignatoriesPdf(data));
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain("No syntax or stream encoding errors");
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Title:\s+⟦?قائمة|^Title:/m);
  });

  it("draws Chinese with a font that has the glyphs, and extracts the names", async () => {
    const text = pdfText(await buildSignatoriesPdf(await exportIn("zh")));
    for (const name of ["哈萨克斯坦", "土耳其", "沙特阿拉伯", "阿拉伯联合酋长国"]) expect(text).toContain(name);
    expect(text).toContain("2018年9月28日");
  });
});

describe("the list's moment with lang", () => {
  it("names a past revision and an as-of day in the language's dates", async () => {
    const { describeListMoment } = await import("./suggested-citation");
    const words = await markedWords("fr");
    const moment = (asOf: string | null, revision?: number) =>
      describeListMoment({ asOf, generatedAt: now.toISOString() }, revision, words);
    expect(moment("2019-07-15", 12)).toBe("⟦record at revision 12, as of 15 juillet 2019⟧");
    expect(moment(null, 12)).toBe("⟦record at revision 12⟧");
    expect(moment("2019-07-15")).toBe("⟦as of 15 juillet 2019⟧");
    expect(moment(null)).toBe("⟦current record on 28 novembre 2026⟧");
  });
});

describe("fonts shared by every annex", () => {
  it("keep their letters after another language's annex: an É subset in French leaves E intact in English", async () => {
    vi.resetModules(); // fonts parsed afresh, as in a new server process: no E laid out yet
    const { buildSignatoriesPdf } = await import("./signatories-pdf");
    const rowsWith = (name: string) => [{ ...AWKWARD_ROWS[0]!, code: "egy", iso2: "EG", iso3: "EGY", name, place: "Élysée" }];
    const build = async (locale: Locale, name: string) =>
      buildSignatoriesPdf({
        document: buildSignatoriesDocument({ instrument, filters, rows: rowsWith(name), now, version, locale }),
        filters,
        citation: "Citation",
        words: await loadExportWords(locale),
      });
    expect(pdfText(await build("fr", "Egypt"))).toContain("Égypte");
    const english = pdfText(await build("en", "Egypt"));
    expect(english).toContain("Egypt");
  });
});
