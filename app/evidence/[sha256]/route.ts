// GET /evidence/<sha256> — an evidence document's stored bytes, exactly as stored, as a download. Public
// documents of published records for anyone; restricted ones and those of drafts for editors in scope.
// Everyone else gets the same 404 as for a file that does not exist. The security headers, with a sandbox
// policy, come from next.config.ts. Not in the page cache (docs/evidence.md says why).
import { create as contentDisposition } from "content-disposition";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { EVIDENCE_FORMATS } from "@/lib/evidence/evidence-formats";
import { getEvidenceDownload } from "@/lib/evidence/get-evidence-download";
import { matchesIfNoneMatch } from "@/lib/http/entity-tags";

// The bytes behind a hash never change, so anyone may keep a public copy for a year without asking again.
const PUBLIC_CACHING = "public, max-age=31536000, immutable";
// Restricted documents stay out of shared caches and off the disk of the browser that fetched them.
const PRIVATE_CACHING = "private, no-store";

export async function GET(request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const [{ sha256 }, actor] = await Promise.all([params, getActingUser()]);
  const file = await getEvidenceDownload(db, actor, sha256);
  if (!file) {
    return new Response("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const headers = {
    "Content-Type": EVIDENCE_FORMATS[file.format].mediaType,
    "Content-Disposition": contentDisposition(file.fileName),
    "Cache-Control": file.isPublic ? PUBLIC_CACHING : PRIVATE_CACHING,
    ETag: `"${file.sha256}"`,
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), headers.ETag)) return new Response(null, { status: 304, headers });
  // No Content-Length: Next drops it from route handlers' responses and streams the body.
  return new Response(file.bytes, { headers });
}
