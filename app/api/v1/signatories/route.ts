// GET /api/v1/signatories — filtered list as JSON, CSV, XLSX or PDF
import { attachmentDisposition, invalidParameters, preflight, publicGet } from "@/lib/api/http";
import { exportOptionsSchema } from "@/lib/api/schema";
import { db } from "@/lib/db";
import { loadSignatoryExport } from "@/lib/exports/load-signatory-export";
import { renderSignatoriesExport } from "@/lib/exports/render-signatories-export";
import { parseSignatoryFilters } from "@/lib/signatories/signatory-filters";

export const GET = publicGet(async (_request, { url }) => {
  const filters = parseSignatoryFilters(url.searchParams);
  const options = exportOptionsSchema.safeParse({
    format: url.searchParams.get("format") || undefined,
    download: url.searchParams.get("download") || undefined,
  });
  const fields: Record<string, string> = filters.ok ? {} : { ...filters.fieldErrors };
  if (!options.success) for (const issue of options.error.issues) fields[String(issue.path[0])] ??= issue.message;
  if (!filters.ok || !options.success) throw invalidParameters(fields);

  const { format, download } = options.data;
  const file = await renderSignatoriesExport(await loadSignatoryExport(db, filters.filters), format);
  const headers: Record<string, string> = { "Content-Type": file.contentType };
  // JSON is read by programs and shown inline; download=1 saves it like the other formats.
  if (format !== "json" || download === "1") headers["Content-Disposition"] = attachmentDisposition(file.filename);
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), { headers });
});

export const OPTIONS = preflight;
