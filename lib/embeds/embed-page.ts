import { escapeXml } from "@/lib/feeds/atom-document";
import { DEFAULT_LOCALE, directionOf, type Locale } from "@/lib/i18n/locales";

// The embeds (/embed/count, /embed/map) are whole HTML documents written here, not React pages: a page
// rendered by Next carries its JavaScript runtime, and an embed must carry none. Every text is escaped;
// nothing from the request reaches the document but its language (`?lang=`, validated by publicGet).
// Their headers (frame-ancestors *, no script at all) are in lib/http/security-headers.ts.

const STYLE = [
  "*{box-sizing:border-box}",
  "body{margin:0;padding:12px;font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b2330;background:#fff}",
  "p{margin:0 0 6px}",
  ".figure{font-size:28px;font-weight:700;font-variant-numeric:tabular-nums}",
  ".muted{color:#4d5866;font-size:13px}",
  "a{color:#1b4f9c}",
  "svg{display:block;width:100%;height:auto}",
  ".legend{display:flex;flex-wrap:wrap;gap:4px 12px;padding:0;margin:6px 0;list-style:none;font-size:13px}",
  ".swatch{display:inline-block;width:12px;height:12px;margin-inline-end:4px;vertical-align:-1px;border:1px solid #8a93a0}",
].join("");

export function embedPage({ title, body, locale = DEFAULT_LOCALE }: { title: string; body: string; locale?: Locale }): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}" dir="${directionOf(locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    `<body>${body}</body>`,
    "</html>",
    "",
  ].join("\n");
}

/** A link that leaves the frame: a new tab, without handing the embedding page a reference to it. */
export function embedLink(href: string, text: string): string {
  return `<a href="${escapeXml(href)}" target="_blank" rel="noopener noreferrer">${escapeXml(text)}</a>`;
}

export function htmlResponse(html: string): Response {
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
