// messages: exports (the translator comes from lib/exports/export-words.ts)
import type { SignatoriesDocument } from "@/lib/api/schema";
import { toSignatoryItem } from "@/lib/api/to-public-shapes";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { participantName } from "@/lib/i18n/participant-name";
import { comparePublishedActions, type PublishedAction } from "@/lib/signatories/list-published-actions";
import type { SignatoryFilters } from "@/lib/signatories/signatory-filters";
import type { ExportWords } from "./export-words";

export type ExportInstrument = { slug: string; title: string; openedOn: string };

/** Everything an export of the list is made from: the JSON document plus what the files print around it. */
export type SignatoryExport = {
  document: SignatoriesDocument;
  filters: SignatoryFilters;
  /** The suggested citation, naming the list, the revision and its permanent URL (as document.version.citation). */
  citation: string;
  /** The revision asked for (`?revision=N`): the list as published then, not the current record. */
  pinnedRevision?: number;
  /** The language of the names (already in document.items), headings and dates: `?lang=`, else English. */
  words: ExportWords;
};

export function buildSignatoriesDocument(input: {
  instrument: ExportInstrument;
  filters: SignatoryFilters;
  rows: readonly PublishedAction[];
  version: SignatoriesDocument["version"];
  now?: Date;
  /** The language of the names: filters matched the recorded names; the names written, and their order, are its. */
  locale?: Locale;
}): SignatoriesDocument {
  const now = input.now ?? new Date();
  const { locale = DEFAULT_LOCALE, filters } = input;
  const rows =
    locale === DEFAULT_LOCALE
      ? input.rows
      : input.rows
          .map((row) => ({ ...row, name: participantName(row, locale) }))
          .sort(comparePublishedActions(filters.sort, filters.order, new Intl.Collator(locale, { sensitivity: "base" }).compare));
  const items = rows.map(toSignatoryItem);
  return {
    instrument: { slug: input.instrument.slug, title: input.instrument.title, openedOn: input.instrument.openedOn },
    asOf: input.filters.asOf ?? null,
    generatedAt: now.toISOString(),
    count: items.length,
    items,
    version: input.version,
  };
}

const DESCRIBED_FILTERS = ["q", "region", "year", "kind", "action", "asOf"] as const;

/**
 * The filters actually applied, as label → value pairs for the files' metadata (defaults left out), labels in
 * the export's language; values as given in the query (they are the URL's, the same in every language).
 */
export function describeFilters(filters: SignatoryFilters, { t }: Pick<ExportWords, "t">): { key: string; label: string; value: string }[] {
  const described: { key: string; label: string; value: string }[] = DESCRIBED_FILTERS.flatMap((key) => {
    const value = filters[key];
    return value ? [{ key, label: t(`filters.${key}`), value }] : [];
  });
  described.push({
    key: "sort",
    label: t("filters.sortedBy"),
    value: t("filters.sortValue", { sort: filters.sort, order: filters.order }),
  });
  return described;
}
