import { join } from "node:path";
import PDFDocument from "pdfkit";
import type { Locale } from "@/lib/i18n/locales";

// The annex's fonts, read from node_modules at run time (the PDF's standard fonts would need pdfkit's own
// data files, which a bundled server does not ship, and cover neither Cyrillic nor Arabic nor Chinese):
// - DejaVu Sans (dejavu-fonts-ttf) for English, French, Spanish, Russian and Arabic: Latin (Türkiye, Côte
//   d'Ivoire), Greek, Cyrillic and Arabic with its joining forms and lam-alef ligatures;
// - Noto Sans SC (@expo-google-fonts/noto-sans-sc, TrueType outlines) for Chinese: CJK, with Latin and
//   Cyrillic for the English names and the citation a Chinese list still carries.

const MODULES = join(process.cwd(), "node_modules");
const FAMILIES = {
  dejavu: {
    regular: join(MODULES, "dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    bold: join(MODULES, "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  },
  notoSansSc: {
    regular: join(MODULES, "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
    bold: join(MODULES, "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
  },
} as const;
type Family = keyof typeof FAMILIES;

type FontSource = string | { layout: unknown };
export type PdfFonts = { regular: FontSource; bold: FontSource };
const parsed = new Map<Family, PdfFonts>();

/**
 * The two fonts of a family, parsed once per process. pdfkit accepts an already parsed fontkit font (anything
 * with a layout() method) and would otherwise re-read and re-parse the TTF for every document, which was most
 * of the time a 200-row annex took (and Noto Sans SC is 10 MB). Each document still embeds its own subset.
 * Falls back to the file paths if pdfkit's internals ever change.
 */
function loadFamily(family: Family): PdfFonts {
  const cached = parsed.get(family);
  if (cached) return cached;
  const { regular: regularPath, bold: boldPath } = FAMILIES[family];
  const probe = new PDFDocument({ font: regularPath }) as unknown as {
    _font?: { font?: { layout?: unknown } };
    font: (src: string) => void;
  };
  const regular = probe._font?.font;
  probe.font(boldPath);
  const bold = probe._font?.font;
  const fonts =
    typeof regular?.layout === "function" && typeof bold?.layout === "function"
      ? { regular: keepCharactersOfComponents(regular) as FontSource, bold: keepCharactersOfComponents(bold) as FontSource }
      : { regular: regularPath, bold: boldPath };
  parsed.set(family, fonts);
  return fonts;
}

type CachedGlyphs = { getGlyph: (id: number, characters?: number[]) => { codePoints: number[] } };

/**
 * A parsed font is shared by every document, and fontkit keeps each glyph it made, with the characters it was
 * made for, for the life of the font. Subsetting "É" (a composite glyph) at the end of one document makes its
 * component "E" without characters; every later document then laid "E" out with none, and its text lost every
 * "E" ("gypt", seen after a French annex). A glyph made without characters takes the first ones it is asked for.
 */
function keepCharactersOfComponents<Font extends object>(font: Font): Font {
  const cached = font as unknown as CachedGlyphs;
  const getGlyph = cached.getGlyph.bind(cached);
  cached.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
    return glyph;
  };
  return font;
}

export function fontsFor(locale: Locale): PdfFonts {
  return loadFamily(locale === "zh" ? "notoSansSc" : "dejavu");
}

type EmbeddedFont = { unicode?: (number[] | undefined)[] };
const ARABIC = (codePoint: number) => (codePoint >= 0x0600 && codePoint <= 0x06ff) || (codePoint >= 0x0750 && codePoint <= 0x077f);

/**
 * A ligature's text for copy and search: a glyph drawn for several characters (Arabic's lam-alef) is mapped
 * back to them in the PDF's ToUnicode table. Arabic glyphs stand in visual order, right to left, and text
 * extractors (poppler's pdftotext, pdf.js) reverse the characters of a right-to-left run, those of a ligature
 * included: mapped in logical order, "الإمارات" came out as "اإلمارات". Mapped in visual order, it reads back
 * right. pdfkit 0.20 keeps the map in each embedded font's `unicode` until the document ends.
 */
export function embedLigaturesForExtraction(pdf: PDFKit.PDFDocument): void {
  const families = (pdf as unknown as { _fontFamilies?: Record<string, EmbeddedFont> })._fontFamilies ?? {};
  for (const font of new Set(Object.values(families))) {
    font.unicode = font.unicode?.map((codePoints) =>
      codePoints && codePoints.length > 1 && codePoints.every(ARABIC) ? [...codePoints].reverse() : codePoints,
    );
  }
}
