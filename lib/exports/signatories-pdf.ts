// messages: exports (the translator comes from lib/exports/export-words.ts)
import PDFDocument from "pdfkit";
import { directionOf } from "@/lib/i18n/locales";
import type { ExportWords } from "./export-words";
import { embedLigaturesForExtraction, fontsFor } from "./pdf-fonts";
import { pdfTextWriter } from "./pdf-text";
import { describeFilters, type SignatoryExport } from "./signatories-document";
import { describeListMoment, TRACKER_NAME } from "./suggested-citation";

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
  const fonts = fontsFor(words.locale);
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
  const writer = pdfTextWriter(pdf, directionOf(words.locale));
  const isRightToLeft = writer.direction === "rtl";
  /** A paragraph across the page's width, from where the last one ended. */
  const paragraph = (text: string) => writer.write(text, left, pdf.y, { width: tableWidth, align: writer.start });
  // In Arabic the table reads from the right: the first column is the rightmost, and alignments are mirrored.
  const columnX = (index: number) => {
    const before = COLUMNS.slice(0, index).reduce((sum, column) => sum + column.width, 0);
    return isRightToLeft ? left + tableWidth - before - COLUMNS[index]!.width : left + before;
  };
  const alignOf = (column: (typeof COLUMNS)[number]) => (column.align === "right" ? writer.end : writer.start);
  const bottomLimit = () => pdf.page.height - pdf.page.margins.bottom;

  tagged("H1", () => {
    pdf.font("bold").fontSize(16);
    paragraph(t("title"));
  });
  pdf.moveDown(0.3);
  tagged("P", () => {
    pdf.font("regular").fontSize(11);
    paragraph(document.instrument.title);
  });
  tagged("P", () => {
    pdf.fontSize(9).fillColor("#444444");
    paragraph(t("openedForSignature", { date: words.formatDay(document.instrument.openedOn) }));
  });
  pdf.moveDown(0.4);
  const heading = t("heading", { moment: `${moment.charAt(0).toLocaleUpperCase(words.locale)}${moment.slice(1)}`, count: document.count });
  tagged("P", () => {
    pdf.fillColor("black").fontSize(10);
    paragraph(heading);
  });
  const filterText = describeFilters(filters, words)
    .filter(({ key }) => key !== "asOf")
    .map(({ label, value }) => `${label}: ${value}`)
    .join(" · ");
  tagged("P", () => {
    pdf.fontSize(8).fillColor("#444444");
    paragraph(filterText);
  });
  pdf.fillColor("black").moveDown(0.8);

  const table = pdf.struct("Table");
  root.add(table);
  // Most cells fit on one line: measuring their width is one text layout, while wrapping them (heightOfString,
  // text with a width) runs pdfkit's line breaker word by word — about four times slower on a long list.
  const fitsOnOneLine = (text: string, width: number) => !text.includes("\n") && writer.widthOf(text) <= width;
  /** A row: the header (tagged once), the header again at the top of each further page (an artifact), or data. */
  const drawRow = (cells: Cells, kind: "header" | "repeated-header" | "data") => {
    const isHeader = kind !== "data";
    pdf.font(isHeader ? "bold" : "regular").fontSize(8.5);
    const lineHeight = pdf.currentLineHeight(true);
    const singleLine = COLUMNS.map((column) => fitsOnOneLine(cells[column.key], column.width - 2 * CELL_PADDING));
    const height =
      Math.max(
        ...COLUMNS.map((column, index) =>
          singleLine[index] ? lineHeight : writer.heightOf(cells[column.key], column.width - 2 * CELL_PADDING),
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
      const align = alignOf(column);
      if (singleLine[index]) {
        const offset = align === "right" ? width - writer.widthOf(cells[column.key]) : 0;
        writer.write(cells[column.key], x + CELL_PADDING + offset, top + CELL_PADDING, { width, align: "left", lineBreak: false });
      } else {
        writer.write(cells[column.key], x + CELL_PADDING, top + CELL_PADDING, { width, align });
      }
    };
    const row = kind === "repeated-header" ? null : pdf.struct("TR");
    if (row) table.add(row);
    COLUMNS.forEach((_column, index) => {
      if (!row) artifact(drawCell(index, columnX(index)));
      else row.add(pdf.struct(isHeader ? "TH" : "TD", isHeader ? COLUMN_HEADER : {}, drawCell(index, columnX(index))));
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
    tagged("P", () => paragraph(note));
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
      const footer = { width: tableWidth, lineBreak: false };
      writer.write(t("footer", { tracker: TRACKER_NAME, moment }), left, footerY, { ...footer, align: writer.start });
      writer.write(t("page", { page: index + 1, pages: range.count }), left, footerY, { ...footer, align: writer.end });
    });
    pdf.page.margins.bottom = bottomMargin;
  }
  embedLigaturesForExtraction(pdf);
  pdf.end();
  return finished;
}
