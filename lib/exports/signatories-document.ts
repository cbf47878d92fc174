import type { SignatoriesDocument, SignatoryItem } from "@/lib/api/schema";
import type { SignatoryFilters } from "@/lib/signatures/signatory-filters";
import type { SignatoryRow } from "@/lib/signatures/list-signatories";
import { exportAsOf } from "./export-filename";

const VERIFICATION_NAMES: Record<SignatoryRow["verification"], SignatoryItem["verification"]> = {
  depositary: "depositary",
  official_statement: "official-statement",
  press_report: "press-report",
};

/** A list row as the API and every export show it (the database's enum names become the public ones). */
export function toSignatoryItem(row: SignatoryRow): SignatoryItem {
  return {
    code: row.code,
    iso2: row.iso2,
    iso3: row.iso3,
    name: row.name,
    kind: row.kind,
    region: row.region,
    subregion: row.subregion,
    action: row.action,
    date: row.datePrecision === "unknown" ? null : row.date,
    datePrecision: row.datePrecision,
    place: row.place,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    verification: VERIFICATION_NAMES[row.verification],
    evidenceUrl: row.evidenceUrl,
    documentSymbol: row.documentSymbol,
  };
}

export type ExportInstrument = { slug: string; title: string; openedOn: string };

/** Everything an export of the list is made from: the JSON document plus what the files print around it. */
export type SignatoryExport = {
  document: SignatoriesDocument;
  filters: SignatoryFilters;
  /** The suggested citation, naming the as-of day and the URL of the filtered list. */
  citation: string;
};

export function buildSignatoriesDocument(input: {
  instrument: ExportInstrument;
  filters: SignatoryFilters;
  rows: readonly SignatoryRow[];
  now?: Date;
}): SignatoriesDocument {
  const now = input.now ?? new Date();
  const items = input.rows.map(toSignatoryItem);
  return {
    instrument: { slug: input.instrument.slug, title: input.instrument.title, openedOn: input.instrument.openedOn },
    asOf: exportAsOf(input.filters.asOf, now),
    generatedAt: now.toISOString(),
    count: items.length,
    items,
  };
}

/** The filters actually applied, as label → value pairs for the files' metadata (defaults left out). */
export function describeFilters(filters: SignatoryFilters): [string, string][] {
  const described: [string, string][] = [];
  if (filters.q) described.push(["Search", filters.q]);
  if (filters.region) described.push(["Region", filters.region]);
  if (filters.year) described.push(["Year", filters.year]);
  if (filters.kind) described.push(["Kind", filters.kind]);
  if (filters.action) described.push(["Action", filters.action]);
  if (filters.asOf) described.push(["As of", filters.asOf]);
  described.push(["Sorted by", `${filters.sort} (${filters.order === "asc" ? "ascending" : "descending"})`]);
  return described;
}
