import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/evidence/evidence-limits";
import { EMBED_PATHS, evidenceSecurityHeaders, securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Page metadata (title, description, Open Graph) in the <head> for every visitor, not streamed into the
  // body for browsers and blocking for bots only: the page cache in front of Next (server/) stores one copy
  // of a page for everyone, so it must not depend on the User-Agent.
  htmlLimitedBots: /.*/,
  // Server Actions accept 1 MB by default; an evidence document may be 10 MB. Raised only that far (the
  // document plus the form's few fields): a larger body is refused by Next before it is parsed. The upload
  // form refuses an over-large file before sending it, so the editor sees a message, not an error page.
  // An import's spreadsheet (at most 5 MB, lib/imports/import-limits.ts) fits under the same limit.
  // Header rules match paths case-insensitively by default: "/embed/Count" would have been framable.
  // globalNotFound: app/global-not-found.tsx answers a path whose first segment is not a language (the
  // site's layout, app/[locale]/layout.tsx, refuses it): there is no layout above the language's.
  experimental: {
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    caseSensitiveRoutes: true,
    globalNotFound: true,
  },
  headers() {
    return Promise.resolve([
      // Exact paths only: "/embed/count/x", "/embed/counts" and the like stay unframeable.
      { source: "/((?!map\\.svg$|embed/count$|embed/map$|evidence/[^/]+$).*)", headers: securityHeaders("deny") },
      { source: "/map.svg", headers: securityHeaders("same-origin") },
      ...EMBED_PATHS.map((source) => ({ source, headers: securityHeaders("any-site") })),
      { source: "/evidence/:sha256", headers: evidenceSecurityHeaders() },
    ]);
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
