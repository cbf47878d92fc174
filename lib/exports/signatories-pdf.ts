import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describeFilters, type SignatoryExport } from "./signatories-document";
import { formatDay, formatPartialDate, TRACKER_NAME } from "./suggested-citation";

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
  { key: "number", label: "No.", width: 28, align: "right" },
  { key: "participant", label: "Participant", width: 132, align: "left" },
  { key: "date", label: "Date", width: 70, align: "left" },
  { key: "place", label: "Place", width: 135, align: "left" },
  { key: "signer", label: "Signer", width: 130, align: "left" },
] as const;
const IMPRECISE_MARK = "*";

type Cells = Record<(typeof COLUMNS)[number]["key"], string>;

function rowCells(item: SignatoryExport["document"]["items"][number], index: number): Cells {
  const isImprecise = item.datePrecision === "month" || item.datePrecision === "year";
  const participant = item.action === "signature" ? item.name : `${item.name} (${item.action})`;
  const signer = [item.signerName, item.signerTitle].filter(Boolean).join(", ");
  return {
    number: String(index + 1),
    participant,
    date: `${formatPartialDate(item.date, item.datePrecision)}${isImprecise ? ` ${IMPRECISE_MARK}` : ""}`,
    place: item.place ?? "—",
    signer: signer || "—",
  };
}

/** "List of signatories": a print-ready A4 annex with numbered rows, a note on imprecise dates and page numbers. */
export function buildSignatoriesPdf({ document, filters, citation }: SignatoryExport): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN + FOOTER_HEIGHT, left: PAGE_MARGIN, right: PAGE_MARGIN },
    bufferPages: true,
    font: null as unknown as string, // no standard font: its data files are not shipped with a bundled server
    info: {
      Title: `List of signatories — ${document.instrument.title} — as of ${formatDay(document.asOf)}`,
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

  const left = PAGE_MARGIN;
  const tableWidth = COLUMNS.reduce((sum, column) => sum + column.width, 0);
  const bottomLimit = () => pdf.page.height - pdf.page.margins.bottom;

  pdf.font("bold").fontSize(16).text("List of signatories", { align: "left" });
  pdf.moveDown(0.3);
  pdf.font("regular").fontSize(11).text(document.instrument.title);
  pdf
    .fontSize(9)
    .fillColor("#444444")
    .text(`Opened for signature on ${formatDay(document.instrument.openedOn)}`);
  pdf.moveDown(0.4);
  pdf
    .fillColor("black")
    .fontSize(10)
    .text(`As of ${formatDay(document.asOf)} · ${document.count} ${document.count === 1 ? "entry" : "entries"}`);
  const filterText = describeFilters(filters)
    .filter(([label]) => label !== "As of")
    .map(([label, value]) => `${label}: ${value}`)
    .join(" · ");
  pdf.fontSize(8).fillColor("#444444").text(filterText);
  pdf.fillColor("black").moveDown(0.8);

  // Most cells fit on one line: measuring their width is one text layout, while wrapping them (heightOfString,
  // text with a width) runs pdfkit's line breaker word by word — about four times slower on a long list.
  const fitsOnOneLine = (text: string, width: number) => !text.includes("\n") && pdf.widthOfString(text) <= width;
  const drawRow = (cells: Cells, isHeader: boolean) => {
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
      if (!isHeader) drawRow(headerCells, true);
      pdf.font(isHeader ? "bold" : "regular").fontSize(8.5);
    }
    const top = pdf.y;
    if (isHeader) pdf.rect(left, top, tableWidth, height).fill("#e8ecf2").fillColor("black");
    let x = left;
    COLUMNS.forEach((column, index) => {
      const width = column.width - 2 * CELL_PADDING;
      if (singleLine[index]) {
        const offset = column.align === "right" ? width - pdf.widthOfString(cells[column.key]) : 0;
        pdf.text(cells[column.key], x + CELL_PADDING + offset, top + CELL_PADDING, { lineBreak: false });
      } else {
        pdf.text(cells[column.key], x + CELL_PADDING, top + CELL_PADDING, { width, align: column.align });
      }
      x += column.width;
    });
    pdf
      .moveTo(left, top + height)
      .lineTo(left + tableWidth, top + height)
      .lineWidth(0.5)
      .strokeColor("#999999")
      .stroke();
    pdf.x = left;
    pdf.y = top + height;
  };
  const headerCells = Object.fromEntries(COLUMNS.map((column) => [column.key, column.label])) as Cells;

  drawRow(headerCells, true);
  if (document.items.length === 0) {
    pdf.moveDown(0.5).font("regular").fontSize(9).text("No signatory matches these filters.", left);
  }
  document.items.forEach((item, index) => drawRow(rowCells(item, index), false));

  pdf.x = left;
  pdf.moveDown(1).font("regular").fontSize(8).fillColor("#333333");
  const notes = [
    `${IMPRECISE_MARK} Only the month or the year of this action is recorded. "As of" a day, such an action is counted from the last day of that month or year.`,
    "The list shows published signatures, accessions and withdrawals as recorded from the sources cited for each entry; it is an independent record, not an official United Nations publication.",
    `Suggested citation: ${citation}`,
    `Record revision ${document.version.revision}; ledger head (SHA-256) ${document.version.ledgerHead ?? "none"}. Anyone can check this version against the published ledger: ${document.version.url.replace(/\/signatories.*$/, "/api/v1/ledger")}.`,
  ];
  for (const note of notes) pdf.text(note, left, pdf.y, { width: tableWidth }).moveDown(0.4);

  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const footerY = pdf.page.height - PAGE_MARGIN - 10;
    pdf.font("regular").fontSize(7.5).fillColor("#555555");
    pdf.text(`${TRACKER_NAME} · List of signatories as of ${formatDay(document.asOf)}`, left, footerY, {
      width: tableWidth,
      align: "left",
      lineBreak: false,
    });
    pdf.text(`Page ${index + 1} of ${range.count}`, left, footerY, { width: tableWidth, align: "right", lineBreak: false });
    pdf.page.margins.bottom = bottomMargin;
  }
  pdf.end();
  return finished;
}
