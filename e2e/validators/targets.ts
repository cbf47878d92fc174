// What the independent validators check (e2e/validators/*.spec.ts), one line per page, request or feed.
// A new public endpoint, page or feed is one more line here. The OpenAPI spec fails while an operation or
// a parameter of the document has no line below, so nothing published goes unchecked.

/** Public pages (and SVG documents) for the Nu HTML checker, with the query variants that change their markup. */
export const HTML_PAGES = [
  "/",
  "/?asOf=2019-07-15",
  "/?asOf=2019-02-30", // the form's error state
  "/signatories",
  "/signatories?region=Asia&sort=date&order=desc",
  "/signatories?asOf=2018-09-28&kind=state",
  "/signatories?year=18&asOf=2019-02-30", // errors beside the list
  "/signatories?q=no-such-participant", // empty list
  "/signatories/kaz",
  "/signatories/tkm", // an accession with no known date
  "/signatories/turkic-council", // an organisation
  "/signatories/usa", // not signed
  "/signatories/col", // the validators' own data (hostile text, a normalised URL)
  "/non-signatories",
  "/non-signatories?region=Europe&asOf=2019-01-01",
  "/code",
  "/code/commitments/1",
  "/code/commitments/10",
  "/api",
  "/compare",
  "/compare?from=2018-09-28&to=2019-07-15",
  "/compare?fromRevision=1",
  "/compare?from=2019-07-15&to=2018-09-28", // the form's error state
  "/signatories?revision=1",
  "/signatories/kaz?revision=1",
  "/signatories?revision=99999999", // a revision the ledger does not hold
  "/embed/count",
  "/embed/map",
  "/login",
  "/no-such-page", // the not-found page
  // Not listed: a 404 from notFound() in a page (/signatories/zzz, /code/commitments/99). Next 16's
  // production build answers it with an empty <html id="__next_error__"> shell (no lang; the not-found
  // markup only in the RSC payload), a known upstream defect (vercel/next.js#98954). See docs/testing.md.
  "/map.svg",
  "/map.svg?asOf=2018-09-28",
] as const;

/** Atom feeds, read with feedparser. */
export const FEEDS = ["/feed.xml", "/signatories/kaz/feed.xml", "/regions/asia/feed.xml"] as const;

/**
 * Requests to the open API whose answers are validated against the OpenAPI document: successes, each error
 * the document lists, and several parameter combinations. Every operation needs at least one line.
 */
export const API_REQUESTS = [
  "/api/v1/signatories",
  "/api/v1/signatories?region=Asia&sort=date&order=desc",
  "/api/v1/signatories?q=col&kind=state&action=signature&asOf=2030-01-01",
  "/api/v1/signatories?year=2018&download=1",
  "/api/v1/signatories?format=csv&region=Americas",
  "/api/v1/signatories?format=xlsx&asOf=2019-07-15",
  "/api/v1/signatories?format=pdf&kind=organization",
  "/api/v1/signatories?year=18&asOf=2026-02-30",
  "/api/v1/signatories?region=Atlantis&format=docx",
  "/api/v1/participants",
  "/api/v1/participants?kind=organization",
  "/api/v1/participants?status=not-signed&kind=state",
  "/api/v1/participants?status=maybe",
  "/api/v1/participants/kaz",
  "/api/v1/participants/tkm",
  "/api/v1/participants/col",
  "/api/v1/participants/zzz",
  "/api/v1/participants/NOT%20A%20CODE",
  "/api/v1/commitments",
  "/api/v1/changes",
  "/api/v1/changes?limit=1",
  "/api/v1/changes?since=2018-01-01&limit=200",
  "/api/v1/changes?since=2026-01-01T00%3A00%3A00%2B02%3A00",
  "/api/v1/changes?since=2026-02-30",
  "/api/v1/changes?limit=0&cursor=%21%21",
  "/api/v1/signatories?revision=1",
  "/api/v1/signatories?revision=1&format=csv",
  "/api/v1/signatories?revision=99999999",
  "/api/v1/ledger",
  "/api/v1/ledger?after=1&limit=2",
  "/api/v1/ledger?limit=0",
  "/api/v1/compare?from=2018-09-28&to=2019-07-15",
  "/api/v1/compare?from=2018-09-28&to=2019-07-15&revision=1",
  "/api/v1/compare?fromRevision=1",
  "/api/v1/compare?fromRevision=1&toRevision=99999999",
  "/api/v1/compare",
  "/api/v1/datapackage.zip",
  "/api/v1/datapackage.zip?revision=1",
  "/api/v1/datapackage.zip?revision=abc",
] as const;

/**
 * Values to try for each parameter of each operation (by operationId), valid and not. For every one the
 * server and the document must agree: a value the document allows is never refused, and a refusal names a
 * parameter whose value the document does not allow either. A well-formed revision the ledger does not hold
 * is a 404 (no such version), not a refusal.
 */
/** `lang` is a parameter of every operation: the language of names, headings and error messages. */
const LANG_SAMPLES = ["fr", "ar", "zh", "en", "de", "FR", "fr-CA"] as const;

export const PARAMETER_SAMPLES: Record<string, Record<string, readonly string[]>> = {
  listSignatories: {
    lang: LANG_SAMPLES,
    q: ["kaz", "x".repeat(100), "x".repeat(101)],
    region: ["Asia", "Oceania", "asia", "Atlantis", ""],
    year: ["2018", "2031", "18", "20189", "abcd", ""],
    kind: ["state", "organization", "planet"],
    action: ["signature", "accession", "withdrawal", "signing"],
    sort: ["name", "date", "size"],
    order: ["asc", "desc", "up"],
    asOf: ["2019-07-15", "2024-02-29", "2023-02-29", "2026-02-30", "2019-13-01", "2019-7-15", "15/07/2019", ""],
    format: ["json", "csv", "xlsx", "pdf", "docx"],
    download: ["0", "1", "yes"],
    revision: ["1", "99999999", "0", "abc", "1.5"],
  },
  listParticipants: {
    lang: LANG_SAMPLES,
    kind: ["state", "organization", "planet"],
    status: ["signed", "joined", "withdrawn", "not-signed", "maybe"],
  },
  getParticipant: {
    lang: LANG_SAMPLES,
    code: ["kaz", "turkic-council", "zzz", "KAZ", "k", "NOT A CODE"],
  },
  getCommitments: { lang: LANG_SAMPLES },
  listChanges: {
    lang: LANG_SAMPLES,
    since: [
      "2026-01-01",
      "2024-02-29",
      "2026-01-01T00:00:00Z",
      "2026-01-01T10:30:00.5+02:00",
      "2026-02-30",
      "2026-02-30T00:00:00Z",
      "2026-01-01T25:00:00Z",
      "2026-01-01T00:00Z",
      "yesterday",
    ],
    limit: ["1", "50", "200", "0", "201", "1.5", "-1", "abc"],
    cursor: ["!!"], // opaque: any other value is one the server handed out (the spec follows `next`)
  },
  getLedger: {
    lang: LANG_SAMPLES,
    after: ["0", "1", "999999999", "-1", "1.5", "abc"],
    limit: ["1", "500", "0", "501", "abc"],
  },
  compareRecord: {
    lang: LANG_SAMPLES,
    from: ["2018-09-28", "2026-02-30", "28/09/2018"],
    to: ["2019-07-15", "2026-02-30", "tomorrow"],
    revision: ["1", "99999999", "0", "abc"],
    fromRevision: ["1", "99999999", "0", "abc"],
    toRevision: ["1", "99999999", "0", "abc"],
  },
  getDataPackage: {
    lang: LANG_SAMPLES,
    revision: ["1", "99999999", "0", "abc", ""],
  },
};

/**
 * Parameters sent along with a sampled one, where the operation needs them together (compare takes two days
 * or two revisions). Rules between parameters (`to` on or after `from`) are in the document's descriptions,
 * not its schemas, so samples keep to orders that satisfy them.
 */
export const PARAMETER_CONTEXT: Record<string, Record<string, Record<string, string>>> = {
  compareRecord: {
    lang: { fromRevision: "1" },
    from: { to: "2030-01-01" },
    to: { from: "2018-01-01" },
    revision: { from: "2018-09-28", to: "2019-07-15" },
    toRevision: { fromRevision: "1" },
  },
};
