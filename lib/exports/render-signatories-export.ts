import { signatoriesFilename, type ExportFormat } from "./export-filename";
import { buildSignatoriesCsv } from "./signatories-csv";
import type { SignatoryExport } from "./signatories-document";
import { buildSignatoriesPdf } from "./signatories-pdf";
import { buildSignatoriesXlsx } from "./signatories-xlsx";

export type RenderedExport = { body: string | Buffer; contentType: string; filename: string };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/** The list in one format, with its content type and the contract's file name. */
export async function renderSignatoriesExport(data: SignatoryExport, format: ExportFormat): Promise<RenderedExport> {
  const filename = signatoriesFilename(data.document.instrument.slug, data.document, format, data.pinnedRevision);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case "json":
      return { body: JSON.stringify(data.document), contentType, filename };
    case "csv":
      return { body: buildSignatoriesCsv(data), contentType, filename };
    case "xlsx":
      return { body: await buildSignatoriesXlsx(data), contentType, filename };
    case "pdf":
      return { body: await buildSignatoriesPdf(data), contentType, filename };
  }
}
