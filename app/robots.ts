// GET /robots.txt — public pages are open to crawlers; the editor, sign-in and auth endpoints are not.
import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/editor", "/login", "/api/auth"] },
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
