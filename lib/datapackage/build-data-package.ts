import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { SignatoryItem } from "@/lib/api/schema";
import type { Citation } from "@/lib/citation/cite-version";
import { neutraliseCsvField } from "@/lib/exports/neutralise-formula";
import { buildSignatoriesCsv } from "@/lib/exports/signatories-csv";
import { TRACKER_NAME } from "@/lib/exports/suggested-citation";
import type { LedgerItem } from "@/lib/ledger/ledger-hash";
import type { StatementRecord } from "@/lib/ledger/public-record";
import { TABLE_SCHEMAS, type TableName } from "./table-schemas";

// GET /api/v1/datapackage.zip: the whole published record at one revision as a Frictionless Data Package
// (https://specs.frictionlessdata.io/data-package/). Built from the same values for the same revision,
// with every file dated at the revision's last change, so that one revision always gives the same bytes.

export type DataPackageInput = {
  origin: string;
  instrument: {
    slug: string;
    title: string;
    openedOn: string;
    commitments: { number: number; text: string; points: { position: number; text: string }[] }[];
  };
  version: { revision: number; ledgerHead: string | null; publishedAt: string | null };
  citation: Citation;
  signatories: SignatoryItem[];
  participants: Record<(typeof TABLE_SCHEMAS.participants)[number]["name"], string | null>[];
  statements: StatementRecord[];
  ledger: LedgerItem[];
};

/** RFC 4180, CRLF, UTF-8, every field neutralised against spreadsheet formulas (as the API's CSV). */
function csv(table: TableName, rows: Record<string, unknown>[]): string {
  const columns = TABLE_SCHEMAS[table].map((field) => field.name);
  return stringify(
    rows.map((row) => columns.map((column) => neutraliseCsvField(row[column] ?? ""))),
    { header: true, columns, record_delimiter: "\r\n" },
  );
}

function resource(name: TableName, description: string) {
  return {
    name,
    path: `${name}.csv`,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    description,
    dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
    schema: {
      fields: TABLE_SCHEMAS[name],
      missingValues: [""],
      ...(name === "participants" ? { primaryKey: ["code"] } : {}),
      ...(name === "ledger" ? { primaryKey: ["sequence"] } : {}),
      ...(name === "signatories" ? { foreignKeys: [{ fields: ["code"], reference: { resource: "participants", fields: ["code"] } }] } : {}),
      ...(name === "statements"
        ? { foreignKeys: [{ fields: ["participant"], reference: { resource: "participants", fields: ["code"] } }] }
        : {}),
    },
  };
}

function readme(input: DataPackageInput): string {
  const { version, citation } = input;
  return [
    `# ${input.instrument.title}: the published record at revision ${version.revision}`,
    "",
    `From the ${TRACKER_NAME} (${input.origin}): an independent record compiled from the sources cited on each entry, not an official United Nations publication.`,
    "",
    "## Files",
    "",
    "- `datapackage.json`: this package's description and the table schema of each CSV file (Frictionless Data Package).",
    "- `signatories.csv`: one row per published action (signature, accession or withdrawal), as `GET /api/v1/signatories?format=csv`.",
    "- `participants.csv`: every state and organisation, with its status at this revision.",
    "- `commitments.csv`: the Code's commitments and the points of commitment 8.",
    "- `statements.csv`: published declarations, reservations and implementation notes.",
    "- `ledger.csv`: the tamper-evident ledger up to this revision, for reading.",
    "- `ledger.json`: the same entries exactly as `GET /api/v1/ledger` publishes them, for checking the hashes.",
    "- `citation.txt`, `citation.bib`, `citation.json`: how to cite this version (plain text, BibTeX, CSL-JSON).",
    "",
    "## Version",
    "",
    `- Record revision: ${version.revision}`,
    `- Ledger head (SHA-256): ${version.ledgerHead ?? "none"}`,
    `- Last change in this revision: ${version.publishedAt ?? "none"}`,
    `- Permanent address: ${citation.url}`,
    "",
    "Check this package against the published ledger: each entry's `hash` is the SHA-256 of the RFC 8785",
    "canonical JSON of the entry without its `hash`, and each entry holds the previous entry's hash. Replaying",
    "the entries gives signatories.csv and statements.csv. The procedure: /api on the site, docs/ledger.md in the source.",
    "",
    "## Notes",
    "",
    "- Dates are calendar dates known to the day, the month or the year (`date_precision`); `date` is empty when unknown.",
    "- CSV cells that a spreadsheet would run as a formula start with an apostrophe; `ledger.json` keeps every value exactly.",
    "",
    "## How to cite",
    "",
    citation.text,
    "",
  ].join("\n");
}

export function buildDataPackage(input: DataPackageInput): Uint8Array {
  const { version } = input;
  const descriptor = {
    profile: "tabular-data-package",
    name: `${input.instrument.slug}-signatories`,
    title: `${input.instrument.title}: signatories, statements and ledger`,
    description: `The published record of the ${TRACKER_NAME} at revision ${version.revision}.`,
    version: String(version.revision),
    homepage: input.origin,
    ...(version.publishedAt ? { created: version.publishedAt } : {}),
    keywords: ["terrorism", "code of conduct", "signatories", "treaty status"],
    sources: [{ title: TRACKER_NAME, path: input.citation.url }],
    ledgerHead: version.ledgerHead,
    citation: input.citation.text,
    resources: [
      resource("signatories", "One row per published action: signature, accession or withdrawal"),
      resource("participants", "Every state and organisation that can act on the Code, with its status"),
      resource("commitments", "The Code's numbered commitments"),
      resource("statements", "Published statements of participants"),
      resource("ledger", "The tamper-evident ledger of public changes up to this revision"),
    ],
  };
  const commitments = input.instrument.commitments.flatMap((commitment) => [
    { number: commitment.number, point: null, text: commitment.text },
    ...commitment.points.map((point) => ({ number: commitment.number, point: point.position, text: point.text })),
  ]);
  const statements = input.statements.map((statement) => ({
    participant: statement.code,
    kind: statement.kind,
    text: statement.text,
    made_on: statement.madeOn,
    source_url: statement.sourceUrl,
    commitments: statement.commitmentNumbers.join(" "),
  }));
  const ledger = input.ledger.map((entry) => ({
    sequence: entry.sequence,
    revision: entry.revision,
    recorded_at: entry.recordedAt,
    kind: entry.kind,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    participant: entry.participant,
    actor_name: entry.actorName,
    audit_action: entry.auditAction,
    reason: entry.reason,
    changed_fields: entry.changedFields.join(" "),
    previous_hash: entry.previousHash,
    hash: entry.hash,
  }));
  const files: Record<string, string> = {
    "datapackage.json": `${JSON.stringify(descriptor, null, 2)}\n`,
    "README.md": readme(input),
    "signatories.csv": buildSignatoriesCsv({ document: { items: input.signatories } }),
    "participants.csv": csv("participants", input.participants),
    "commitments.csv": csv("commitments", commitments),
    "statements.csv": csv("statements", statements),
    "ledger.csv": csv("ledger", ledger),
    "ledger.json": `${JSON.stringify(input.ledger, null, 2)}\n`,
    "citation.txt": `${input.citation.text}\n`,
    "citation.bib": `${input.citation.bibtex}\n`,
    "citation.json": `${input.citation.cslJson}\n`,
  };
  // Zip dates have a two-second resolution and start in 1980; a revision's files all carry its last change.
  const mtime = new Date(version.publishedAt ?? "1980-01-01T00:00:00Z");
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])), { level: 9 });
}
