// GET /api/v1/datapackage.zip — the published record as a Frictionless Data Package; ?revision=N as published then
import { attachmentDisposition, invalidParameters, preflight, publicGet, revisionNotFound } from "@/lib/api/http";
import { buildDataPackage } from "@/lib/datapackage/build-data-package";
import { loadDataPackage } from "@/lib/datapackage/load-data-package";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { resolveRevision } from "@/lib/ledger/revision-parameter";

export const GET = publicGet(
  async (_request, { url }) => {
    const revision = await resolveRevision(db, url.searchParams.get("revision"));
    if (!revision.ok && revision.problem === "malformed") throw invalidParameters({ revision: revision.message });
    if (!revision.ok) throw revisionNotFound(revision.message);
    const input = await loadDataPackage(db, siteOrigin(), revision.revision);
    const body = buildDataPackage(input);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": attachmentDisposition(`${input.instrument.slug}-datapackage-revision-${input.version.revision}.zip`),
        "Record-Revision": String(input.version.revision),
        ...(input.version.ledgerHead ? { "Ledger-Head": input.version.ledgerHead } : {}),
      },
    });
  },
  { versioned: true },
);

export const OPTIONS = preflight;
