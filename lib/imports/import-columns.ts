import type { SignatoryItem } from "@/lib/api/schema";
import { messageKey } from "@/lib/i18n/message-key";
import { CSV_COLUMNS } from "@/lib/exports/signatories-csv";

// The columns an import understands: the export's own (so an exported list comes back as it left) and the
// simpler template's. Headers match case-insensitively, a space or hyphen standing for an underscore
// ("Signer name" is signer_name).

/** The template's columns, in order: what "Download the template" gives. Only participant and date are required. */
export const TEMPLATE_COLUMNS = [
  "participant",
  "action",
  "date",
  "place",
  "signer_name",
  "signer_title",
  "evidence_url",
  "document_symbol",
  "verification",
  "notes",
] as const;

/** A field a column can fill: the export's (SignatoryItem) and the template's participant and notes. */
export type ImportField = keyof SignatoryItem | "participant" | "notes" | "evidenceDescription";

/** Every recognised header → the field it fills. The export's headers and fields come from CSV_COLUMNS. */
const COLUMN_FIELDS: Record<string, ImportField> = {
  ...Object.fromEntries(CSV_COLUMNS),
  participant: "participant",
  notes: "notes",
  evidence_description: "evidenceDescription",
};

/** Facts about the participant, not the action, that an export carries: read past, never imported. */
const REFERENCE_FIELDS = new Set<ImportField>(["kind", "region", "subregion"]);

/** The columns that can name the participant, in the order they are trusted. */
export const PARTICIPANT_FIELDS = ["participant", "code", "iso3", "iso2", "name"] as const satisfies readonly ImportField[];

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export type ColumnMap = {
  /** Field → position in the row and the header as the file wrote it (for messages). */
  fields: Map<ImportField, { position: number; header: string }>;
};

/** Reads the header row into a column map, or says what is wrong with it. */
export function mapColumns(headers: string[]): { ok: true; columns: ColumnMap } | { ok: false; message: string } {
  const fields: ColumnMap["fields"] = new Map();
  const unknown: string[] = [];
  for (const [position, header] of headers.entries()) {
    const key = normaliseHeader(header);
    if (!key) continue;
    const field = Object.hasOwn(COLUMN_FIELDS, key) ? COLUMN_FIELDS[key] : undefined;
    if (!field) {
      unknown.push(header.trim().slice(0, 40));
      continue;
    }
    if (fields.has(field)) return { ok: false, message: messageKey("validation.import.columnTwice", { header: header.trim() }) };
    if (!REFERENCE_FIELDS.has(field)) fields.set(field, { position, header: header.trim() });
  }
  if (unknown.length > 0) {
    return {
      ok: false,
      message: messageKey("validation.import.unknownColumns", {
        count: unknown.length,
        names: unknown.map((name) => `“${name}”`).join(", "),
        columns: TEMPLATE_COLUMNS.join(", "),
      }),
    };
  }
  if (!PARTICIPANT_FIELDS.some((field) => fields.has(field))) {
    return {
      ok: false,
      message: messageKey("validation.import.noParticipantColumn"),
    };
  }
  if (!fields.has("date")) return { ok: false, message: messageKey("validation.import.noDateColumn") };
  return { ok: true, columns: { fields } };
}
