// GET /robots.txt — public pages are open to crawlers, in every language; the editor, sign-in and auth
// endpoints are not, in any language.
import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/localized-path";
import { LOCALES } from "@/lib/i18n/locales";

export default function robots(): MetadataRoute.Robots {
  const closed = LOCALES.flatMap((locale) => [localizedPath("/editor", locale), localizedPath("/login", locale)]);
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...closed, "/api/auth"] },
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
