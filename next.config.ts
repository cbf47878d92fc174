import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { EMBED_PATHS, securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Page metadata (title, description, Open Graph) in the <head> for every visitor, not streamed into the
  // body for browsers and blocking for bots only: the page cache in front of Next (server/) stores one copy
  // of a page for everyone, so it must not depend on the User-Agent.
  htmlLimitedBots: /.*/,
  // Header rules match paths case-insensitively by default: "/embed/Count" would have been framable.
  experimental: { caseSensitiveRoutes: true },
  headers() {
    return Promise.resolve([
      // Exact paths only: "/embed/count/x", "/embed/counts" and the like stay unframeable.
      { source: "/((?!map\\.svg$|embed/count$|embed/map$).*)", headers: securityHeaders("deny") },
      { source: "/map.svg", headers: securityHeaders("same-origin") },
      ...EMBED_PATHS.map((source) => ({ source, headers: securityHeaders("any-site") })),
    ]);
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
