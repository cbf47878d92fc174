import type { SignatoriesDocument } from "@/lib/api/schema";
import { toSignatoryItem } from "@/lib/api/to-public-shapes";
import type { PublishedAction } from "@/lib/signatories/list-published-actions";
import type { SignatoryFilters } from "@/lib/signatories/signatory-filters";

export type ExportInstrument = { slug: string; title: string; openedOn: string };

/** Everything an export of the list is made from: the JSON document plus what the files print around it. */
export type SignatoryExport = {
  document: SignatoriesDocument;
  filters: SignatoryFilters;
  /** The suggested citation, naming the list, the revision and its permanent URL (as document.version.citation). */
  citation: string;
  /** The revision asked for (`?revision=N`): the list as published then, not the current record. */
  pinnedRevision?: number;
};

export function buildSignatoriesDocument(input: {
  instrument: ExportInstrument;
  filters: SignatoryFilters;
  rows: readonly PublishedAction[];
  version: SignatoriesDocument["version"];
  now?: Date;
}): SignatoriesDocument {
  const now = input.now ?? new Date();
  const items = input.rows.map(toSignatoryItem);
  return {
    instrument: { slug: input.instrument.slug, title: input.instrument.title, openedOn: input.instrument.openedOn },
    asOf: input.filters.asOf ?? null,
    generatedAt: now.toISOString(),
    count: items.length,
    items,
    version: input.version,
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
