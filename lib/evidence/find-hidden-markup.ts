// Looks for what makes a file a polyglot: web-page markup or script inside a file that is also a valid PDF
// or image. A browser never runs it from us (every document is sent with its detected type, nosniff, a
// sandbox policy and as an attachment), but a copy saved under another name, or opened by a careless
// viewer, could; an honest scan, letter or photo has none of it, so such a file is refused.
//
// Markup is matched as a tag name followed by printable text up to a ">": random bytes in compressed
// streams or image data almost never look like that (about one 10 MB file in a hundred thousand would be
// refused by chance), while hidden markup must, to work.

const TAG =
  /<(?:script|html|body|head|iframe|frame|object|embed|svg|img|image|math|meta|link|style|form|base)[\s/>][\x20-\x7e\t\r\n]{0,200}?>/;
const OTHER_MARKERS = /<!doctype\s+html|<\?xml-stylesheet|javascript:|vbscript:/;
/** PDF actions that run code when the document opens (found only where the dictionary is not compressed). */
const PDF_SCRIPT = /\/(?:JavaScript|Launch)\b/;

export type HiddenMarkup = "markup" | "pdf-script";

/** What kind of active content `bytes` hold, if any; `pdf` adds PDF's own script actions to the search. */
export function findHiddenMarkup(bytes: Uint8Array, options: { pdf?: boolean } = {}): HiddenMarkup | null {
  // latin1 maps each byte to one character, so a regular expression can run over binary data as is.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (options.pdf && PDF_SCRIPT.test(text)) return "pdf-script";
  const lower = text.toLowerCase();
  return TAG.test(lower) || OTHER_MARKERS.test(lower) ? "markup" : null;
}
