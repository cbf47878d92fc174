import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

// English keeps today's unprefixed URLs; the other five live under /ar, /zh, /fr, /ru and /es.
// Nothing is negotiated: the path alone names the language. No redirect from Accept-Language or a cookie
// (localeDetection: false), no cookie set by the server (a Set-Cookie would keep every page out of the page
// cache; the language switcher writes its own, see components/language-switcher.tsx), and no `Link` response
// header (built from the request's Host, which the page cache does not key on; the pages' <head> carries
// the alternates from siteOrigin() instead).
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});
