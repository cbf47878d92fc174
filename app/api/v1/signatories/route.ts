// GET /api/v1/signatories — filtered list as JSON, CSV, XLSX or PDF; ?revision=N as published at revision N;
// ?lang=fr (ar, zh, ru, es) writes names, headings and dates in that language
import { attachmentDisposition, invalidParameters, preflight, publicGet, revisionNotFound } from "@/lib/api/http";
import { exportOptionsSchema } from "@/lib/api/schema";
import { db } from "@/lib/db";
import { loadSignatoryExport } from "@/lib/exports/load-signatory-export";
import { renderSignatoriesExport } from "@/lib/exports/render-signatories-export";
import { resolveRevision } from "@/lib/ledger/revision-parameter";
import { parseSignatoryFilters } from "@/lib/signatories/signatory-filters";

export const GET = publicGet(
  async (_request, { url, lang }) => {
    const filters = parseSignatoryFilters(url.searchParams);
    const options = exportOptionsSchema.safeParse({
      format: url.searchParams.get("format") || undefined,
      download: url.searchParams.get("download") || undefined,
    });
    const revision = await resolveRevision(db, url.searchParams.get("revision"));
    const fields: Record<string, string> = filters.ok ? {} : { ...filters.fieldErrors };
    if (!options.success) for (const issue of options.error.issues) fields[String(issue.path[0])] ??= issue.message;
    if (!revision.ok && revision.problem === "malformed") fields.revision = revision.message;
    if (!filters.ok || !options.success || Object.keys(fields).length > 0) throw invalidParameters(fields);
    if (!revision.ok) throw revisionNotFound(revision.message);

    const { format, download } = options.data;
    const data = await loadSignatoryExport(db, filters.filters, { revision: revision.revision, locale: lang });
    const file = await renderSignatoriesExport(data, format);
    const headers: Record<string, string> = {
      "Content-Type": file.contentType,
      // The version in every format, CSV included, whose file has no room for it.
      "Record-Revision": String(data.document.version.revision),
      ...(data.document.version.ledgerHead ? { "Ledger-Head": data.document.version.ledgerHead } : {}),
    };
    // JSON is read by programs and shown inline; download=1 saves it like the other formats.
    if (format !== "json" || download === "1") headers["Content-Disposition"] = attachmentDisposition(file.filename);
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), { headers });
  },
  { versioned: true },
);

export const OPTIONS = preflight;
