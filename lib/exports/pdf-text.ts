import { hasRightToLeftText, paragraphDirection, visualPieces, wrapAtSpaces, type Direction } from "./bidi-lines";

// Text in the PDF annex, in either direction. Left-to-right text goes straight to pdfkit (its line breaker
// handles Chinese, which has no spaces); text with Arabic letters, or any text in a right-to-left document,
// is wrapped at spaces and ordered by the bidi algorithm (bidi-lines.ts), then drawn piece by piece.

export type TextAlign = "left" | "right";
type TextOptions = { width: number; align: TextAlign; lineBreak?: boolean };

export type PdfTextWriter = {
  direction: Direction;
  /** The start of a line ("left" in English, "right" in Arabic) and its end. */
  start: TextAlign;
  end: TextAlign;
  /** Draws text at (x, y) within width; leaves pdf.x at x and pdf.y below the text, as pdf.text does. */
  write: (text: string, x: number, y: number, options: TextOptions) => void;
  heightOf: (text: string, width: number) => number;
  widthOf: (text: string) => number;
};

export function pdfTextWriter(pdf: PDFKit.PDFDocument, direction: Direction): PdfTextWriter {
  const needsBidi = (text: string) => direction === "rtl" || hasRightToLeftText(text);
  const widthOf = (text: string) => pdf.widthOfString(text);
  const lineHeight = () => pdf.currentLineHeight(true);
  const linesOf = (text: string, width: number) => wrapAtSpaces(text, width, widthOf);

  const drawLine = (line: string, x: number, y: number, width: number, align: TextAlign, lineDirection: Direction) => {
    const pieces = visualPieces(line, lineDirection).map((piece) => ({ ...piece, width: widthOf(piece.text) }));
    const total = pieces.reduce((sum, piece) => sum + piece.width, 0);
    let cursor = align === "right" ? x + width - total : x;
    for (const piece of pieces) {
      if (!piece.isSpace) pdf.text(piece.text, cursor, y, { lineBreak: false });
      cursor += piece.width;
    }
  };

  return {
    direction,
    start: direction === "rtl" ? "right" : "left",
    end: direction === "rtl" ? "left" : "right",
    widthOf,
    heightOf(text, width) {
      if (!needsBidi(text)) return pdf.heightOfString(text, { width });
      return linesOf(text, width).length * lineHeight();
    },
    write(text, x, y, { width, align, lineBreak = true }) {
      if (!needsBidi(text)) {
        // One line at x needs no width: pdfkit then skips its line breaker, the slow part of a long annex.
        if (!lineBreak && align === "left") pdf.text(text, x, y, { lineBreak: false });
        else pdf.text(text, x, y, { width, align, lineBreak });
        return;
      }
      const lines = lineBreak ? linesOf(text, width) : [text];
      const textDirection = paragraphDirection(text, direction);
      lines.forEach((line, index) => drawLine(line, x, y + index * lineHeight(), width, align, textDirection));
      pdf.x = x;
      pdf.y = y + lines.length * lineHeight();
    },
  };
}
