import type { PublishedAction } from "@/lib/signatories/list-published-actions";

/** Rows that exercise every awkward case an export has to survive. */
export const AWKWARD_ROWS: PublishedAction[] = [
  {
    code: "kaz",
    iso2: "KZ",
    iso3: "KAZ",
    name: "Kazakhstan",
    kind: "state",
    region: "Asia",
    subregion: "Central Asia",
    action: "signature",
    date: "2018-09-28",
    datePrecision: "day",
    place: "United Nations Headquarters, New York",
    signerName: "Kairat Abdrakhmanov",
    signerTitle: "Minister of Foreign Affairs",
    verification: "official_statement",
    evidenceUrl: "http://example.org/a?b=1,2",
    documentSymbol: null,
  },
  {
    code: "tur",
    iso2: "TR",
    iso3: "TUR",
    name: "Türkiye",
    kind: "state",
    region: "Asia",
    subregion: "Western Asia",
    action: "accession",
    date: "2019-03",
    datePrecision: "month",
    place: "Ankara",
    signerName: '=HYPERLINK("http://x")',
    signerTitle: 'Line one\nline "two"',
    verification: "press_report",
    evidenceUrl: null,
    documentSymbol: "-A/73/1",
  },
  {
    code: "kgz",
    iso2: "KG",
    iso3: "KGZ",
    name: "Кыргызстан",
    kind: "state",
    region: "Asia",
    subregion: "Central Asia",
    action: "withdrawal",
    date: "2020",
    datePrecision: "year",
    place: "@home",
    signerName: null,
    signerTitle: null,
    verification: "depositary",
    evidenceUrl: null,
    documentSymbol: null,
  },
  {
    code: "turkic-council",
    iso2: null,
    iso3: null,
    name: "Turkic Council",
    kind: "organization",
    region: null,
    subregion: null,
    action: "signature",
    date: null,
    datePrecision: "unknown",
    place: null,
    signerName: null,
    signerTitle: null,
    verification: "depositary",
    evidenceUrl: null,
    documentSymbol: null,
  },
];

/** The awkward rows over and over, for lists longer than four: row `index` of such a list. */
export function awkwardRow(index: number): PublishedAction {
  const row = AWKWARD_ROWS[index % AWKWARD_ROWS.length];
  if (!row) throw new Error("AWKWARD_ROWS is empty");
  return row;
}
