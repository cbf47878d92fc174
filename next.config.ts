import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Page metadata (title, description, Open Graph) in the <head> for every visitor, not streamed into the
  // body for browsers and blocking for bots only: the page cache in front of Next (server/) stores one copy
  // of a page for everyone, so it must not depend on the User-Agent.
  htmlLimitedBots: /.*/,
  // An import uploads a spreadsheet of up to 5 MB (lib/imports/import-limits.ts) through a Server Action;
  // Next's default limit is 1 MB. The form refuses a larger file before sending it, the domain after.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  headers() {
    return Promise.resolve([
      { source: "/((?!map\\.svg$).*)", headers: securityHeaders("deny") },
      { source: "/map.svg", headers: securityHeaders("same-origin") },
    ]);
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
