import { stringify } from "csv-stringify/sync";
import type { SignatoryItem } from "@/lib/api/schema";
import { neutraliseCsvField } from "./neutralise-formula";
import type { SignatoryExport } from "./signatories-document";

/** The CSV columns, in order: snake_case header → JSON field. The header row is part of the contract. */
export const CSV_COLUMNS: [string, keyof SignatoryItem][] = [
  ["code", "code"],
  ["iso2", "iso2"],
  ["iso3", "iso3"],
  ["name", "name"],
  ["kind", "kind"],
  ["region", "region"],
  ["subregion", "subregion"],
  ["action", "action"],
  ["date", "date"],
  ["date_precision", "datePrecision"],
  ["place", "place"],
  ["signer_name", "signerName"],
  ["signer_title", "signerTitle"],
  ["verification", "verification"],
  ["evidence_url", "evidenceUrl"],
  ["document_symbol", "documentSymbol"],
];

/**
 * RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. No
 * BOM. Every field is neutralised against formulas wherever a cell could start in any separator locale
 * (neutralise-formula.ts; docs/data-safety.md explains the choice).
 */
export function buildSignatoriesCsv({ document }: { document: Pick<SignatoryExport["document"], "items"> }): string {
  const records = document.items.map((item) => CSV_COLUMNS.map(([, field]) => neutraliseCsvField(item[field] ?? "")));
  return stringify(records, {
    header: true,
    columns: CSV_COLUMNS.map(([header]) => header),
    record_delimiter: "\r\n",
  });
}
