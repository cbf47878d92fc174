import { join } from "node:path";
import PDFDocument from "pdfkit";
import type { ExportWords } from "./export-words";
import { describeFilters, type SignatoryExport } from "./signatories-document";
import { describeListMoment, TRACKER_NAME } from "./suggested-citation";

// DejaVu Sans covers Latin (Türkiye, Côte d'Ivoire), Greek and Cyrillic: every name the record holds.
// Read from node_modules at run time: the PDF's standard fonts would need pdfkit's own data files, which a
// bundled server does not ship, and do not cover Cyrillic anyway.
const FONT_FOLDER = join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
const REGULAR = join(FONT_FOLDER, "DejaVuSans.ttf");
const BOLD = join(FONT_FOLDER, "DejaVuSans-Bold.ttf");

type FontSource = string | { layout: unknown };
let parsedFonts: { regular: FontSource; bold: FontSource } | null = null;

/**
 * The two fonts, parsed once per process. pdfkit accepts an already parsed fontkit font (anything with a
 * layout() method) and would otherwise re-read and re-parse the 700 kB TTF for every document, which was
 * most of the time a 200-row annex took. Each document still embeds its own subset. Falls back to the
 * file paths if pdfkit's internals ever change.
 */
function loadFonts(): { regular: FontSource; bold: FontSource } {
  if (parsedFonts) return parsedFonts;
  const probe = new PDFDocument({ font: REGULAR }) as unknown as { _font?: { font?: { layout?: unknown } }; font: (src: string) => void };
  const regular = probe._font?.font;
  probe.font(BOLD);
  const bold = probe._font?.font;
  parsedFonts =
    typeof regular?.layout === "function" && typeof bold?.layout === "function"
      ? { regular: regular as FontSource, bold: bold as FontSource }
      : { regular: REGULAR, bold: BOLD };
  return parsedFonts;
}

const PAGE_MARGIN = 50;
const FOOTER_HEIGHT = 28;
const CELL_PADDING = 3;
const COLUMNS = [
  { key: "number", width: 28, align: "right" },
  { key: "participant", width: 132, align: "left" },
  { key: "date", width: 70, align: "left" },
  { key: "place", width: 135, align: "left" },
  { key: "signer", width: 130, align: "left" },
] as const;
const IMPRECISE_MARK = "*";
// A header cell's scope (/A << /O /Table /Scope /Column >>): pdfkit 0.20 writes it, @types/pdfkit 0.17 does not know it.
const COLUMN_HEADER = { scope: "Column" } as PDFKit.Mixins.StructureElementOptions;

type Cells = Record<(typeof COLUMNS)[number]["key"], string>;

function rowCells(item: SignatoryExport["document"]["items"][number], index: number, words: ExportWords): Cells {
  const isImprecise = item.datePrecision === "month" || item.datePrecision === "year";
  const participant = item.action === "signature" ? item.name : words.t("participantWithAction", { name: item.name, action: item.action });
  const signer = [item.signerName, item.signerTitle].filter(Boolean).join(", ");
  return {
    number: String(index + 1),
    participant,
    date: `${words.formatPartialDate(item.date, item.datePrecision)}${isImprecise ? ` ${IMPRECISE_MARK}` : ""}`,
    place: item.place ?? "—",
    signer: signer || "—",
  };
}

/**
 * "List of signatories": a print-ready A4 annex with numbered rows, a note on imprecise dates and page numbers.
 * A tagged PDF (PDF 1.7, pdfkit's structure tags): a title shown in the window, English as its language, and
 * a structure tree in reading order — heading, paragraphs, a table of header and data cells, the notes —
 * so that a screen reader or a reflowing viewer reads it as printed. Decoration (the header shading, rules,
 * repeated headers, page footers) is marked as artifacts, outside the structure.
 */
export function buildSignatoriesPdf({ document, filters, citation, pinnedRevision, words }: SignatoryExport): Promise<Buffer> {
  const { t } = words;
  const moment = describeListMoment(document, pinnedRevision, words);
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN + FOOTER_HEIGHT, left: PAGE_MARGIN, right: PAGE_MARGIN },
    bufferPages: true,
    font: null as unknown as string, // no standard font: its data files are not shipped with a bundled server
    pdfVersion: "1.7",
    tagged: true,
    lang: words.locale,
    displayTitle: true,
    info: {
      Title: t("documentTitle", { instrument: document.instrument.title, moment }),
      Author: TRACKER_NAME,
      Subject: document.instrument.title,
      CreationDate: new Date(document.generatedAt),
    },
  });
  const fonts = loadFonts();
  pdf.registerFont("regular", fonts.regular as never);
  pdf.registerFont("bold", fonts.bold as never);
  pdf.font("regular");

  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const root = pdf.struct("Document");
  pdf.addStructure(root);
  /** Content that belongs to the structure tree, in reading order. */
  const tagged = (type: string, draw: () => void) => root.add(pdf.struct(type, {}, draw));
  /** Content outside it: drawn for the eye only. */
  const artifact = (draw: () => void) => {
    pdf.markContent("Artifact", { type: "Pagination" });
    draw();
    pdf.endMarkedContent();
  };

  const left = PAGE_MARGIN;
  const tableWidth = COLUMNS.reduce((sum, column) => sum + column.width, 0);
  const bottomLimit = () => pdf.page.height - pdf.page.margins.bottom;

  tagged("H1", () => pdf.font("bold").fontSize(16).text(t("title"), { align: "left" }));
  pdf.moveDown(0.3);
  tagged("P", () => pdf.font("regular").fontSize(11).text(document.instrument.title));
  tagged("P", () =>
    pdf
      .fontSize(9)
      .fillColor("#444444")
      .text(t("openedForSignature", { date: words.formatDay(document.instrument.openedOn) })),
  );
  pdf.moveDown(0.4);
  const heading = t("heading", { moment: `${moment.charAt(0).toLocaleUpperCase(words.locale)}${moment.slice(1)}`, count: document.count });
  tagged("P", () => pdf.fillColor("black").fontSize(10).text(heading));
  const filterText = describeFilters(filters, words)
    .filter(({ key }) => key !== "asOf")
    .map(({ label, value }) => `${label}: ${value}`)
    .join(" · ");
  tagged("P", () => pdf.fontSize(8).fillColor("#444444").text(filterText));
  pdf.fillColor("black").moveDown(0.8);

  const table = pdf.struct("Table");
  root.add(table);
  // Most cells fit on one line: measuring their width is one text layout, while wrapping them (heightOfString,
  // text with a width) runs pdfkit's line breaker word by word — about four times slower on a long list.
  const fitsOnOneLine = (text: string, width: number) => !text.includes("\n") && pdf.widthOfString(text) <= width;
  /** A row: the header (tagged once), the header again at the top of each further page (an artifact), or data. */
  const drawRow = (cells: Cells, kind: "header" | "repeated-header" | "data") => {
    const isHeader = kind !== "data";
    pdf.font(isHeader ? "bold" : "regular").fontSize(8.5);
    const lineHeight = pdf.currentLineHeight(true);
    const singleLine = COLUMNS.map((column) => fitsOnOneLine(cells[column.key], column.width - 2 * CELL_PADDING));
    const height =
      Math.max(
        ...COLUMNS.map((column, index) =>
          singleLine[index] ? lineHeight : pdf.heightOfString(cells[column.key], { width: column.width - 2 * CELL_PADDING }),
        ),
      ) +
      2 * CELL_PADDING;
    if (pdf.y + height > bottomLimit()) {
      pdf.addPage();
      if (!isHeader) drawRow(headerCells, "repeated-header");
      pdf.font(isHeader ? "bold" : "regular").fontSize(8.5);
    }
    const top = pdf.y;
    if (isHeader) artifact(() => pdf.rect(left, top, tableWidth, height).fill("#e8ecf2").fillColor("black"));
    const drawCell = (index: number, x: number) => () => {
      const column = COLUMNS[index]!;
      const width = column.width - 2 * CELL_PADDING;
      if (singleLine[index]) {
        const offset = column.align === "right" ? width - pdf.widthOfString(cells[column.key]) : 0;
        pdf.text(cells[column.key], x + CELL_PADDING + offset, top + CELL_PADDING, { lineBreak: false });
      } else {
        pdf.text(cells[column.key], x + CELL_PADDING, top + CELL_PADDING, { width, align: column.align });
      }
    };
    const row = kind === "repeated-header" ? null : pdf.struct("TR");
    if (row) table.add(row);
    let x = left;
    COLUMNS.forEach((column, index) => {
      if (!row) artifact(drawCell(index, x));
      else row.add(pdf.struct(isHeader ? "TH" : "TD", isHeader ? COLUMN_HEADER : {}, drawCell(index, x)));
      x += column.width;
    });
    row?.end();
    artifact(() =>
      pdf
        .moveTo(left, top + height)
        .lineTo(left + tableWidth, top + height)
        .lineWidth(0.5)
        .strokeColor("#999999")
        .stroke(),
    );
    pdf.x = left;
    pdf.y = top + height;
  };
  const headerCells = Object.fromEntries(COLUMNS.map((column) => [column.key, t(`columns.${column.key}`)])) as Cells;

  drawRow(headerCells, "header");
  document.items.forEach((item, index) => drawRow(rowCells(item, index, words), "data"));
  table.end();
  if (document.items.length === 0) {
    pdf.moveDown(0.5);
    tagged("P", () => pdf.font("regular").fontSize(9).text(t("noMatch"), left));
  }

  pdf.x = left;
  pdf.moveDown(1).font("regular").fontSize(8).fillColor("#333333");
  const notes = [
    t("notes.imprecise", { mark: IMPRECISE_MARK }),
    t("notes.independent"),
    t("notes.citation", { citation }),
    t("notes.version", {
      revision: String(document.version.revision),
      ledgerHead: document.version.ledgerHead ?? t("notes.noLedgerHead"),
      url: document.version.url.replace(/\/signatories.*$/, "/api/v1/ledger"),
    }),
  ];
  for (const note of notes) {
    tagged("P", () => pdf.text(note, left, pdf.y, { width: tableWidth }));
    pdf.moveDown(0.4);
  }
  root.end();

  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const footerY = pdf.page.height - PAGE_MARGIN - 10;
    artifact(() => {
      pdf.font("regular").fontSize(7.5).fillColor("#555555");
      pdf.text(t("footer", { tracker: TRACKER_NAME, moment }), left, footerY, { width: tableWidth, align: "left", lineBreak: false });
      pdf.text(t("page", { page: index + 1, pages: range.count }), left, footerY, { width: tableWidth, align: "right", lineBreak: false });
    });
    pdf.page.margins.bottom = bottomMargin;
  }
  pdf.end();
  return finished;
}
