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
  headers() {
    return Promise.resolve([
      { source: "/((?!map\\.svg$).*)", headers: securityHeaders("deny") },
      { source: "/map.svg", headers: securityHeaders("same-origin") },
    ]);
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
