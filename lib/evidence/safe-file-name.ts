import type { EvidenceFormat } from "@/generated/prisma/enums";
import { EVIDENCE_FORMATS } from "./evidence-formats";

const MAX_BASE_LENGTH = 120;
/** Control and format characters (which include the right-to-left override of "txt.exe" tricks), separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Characters no file system accepts in a name, and quotes that confuse a header's fallback name. */
const RESERVED = /[<>:"/\\|?*]/g;

/**
 * The name a document is stored and downloaded under: the last part of what the browser sent, without
 * invisible characters or characters file systems refuse, its extension replaced by its detected format's
 * ("minutes.html" detected as a PDF is "minutes.pdf"), "evidence" when nothing is left.
 */
export function safeFileName(uploadedName: string, format: EvidenceFormat): string {
  const lastPart = uploadedName.split(/[/\\]/).pop() ?? "";
  const cleaned = lastPart.normalize("NFC").replace(INVISIBLE, "").replace(RESERVED, "_").replace(/\s+/g, " ");
  const withoutExtension = cleaned.replace(/\.[\p{L}\p{N}]{1,10}$/u, "");
  const base = [...withoutExtension]
    .slice(0, MAX_BASE_LENGTH)
    .join("")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  return `${base || "evidence"}.${EVIDENCE_FORMATS[format].extension}`;
}
