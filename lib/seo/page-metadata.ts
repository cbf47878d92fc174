import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPageLocale } from "@/i18n/page-locale";
import { localizedPath, pathInEveryLocale } from "@/lib/i18n/localized-path";

/**
 * Title, description, canonical address (in the page's language), its alternates in the other five
 * languages (hreflang, x-default the English page) and Open Graph card of a page. Open Graph is set in full here because
 * a page's `openGraph` replaces the layout's instead of merging with it.
 */
export async function pageMetadata({
  title,
  description,
  path,
  feed,
}: {
  title: string;
  description: string;
  /** The page's path without a language prefix ("/signatories/kaz"). */
  path: string;
  /** The page's own Atom feed, announced to feed readers. */
  feed?: string;
}): Promise<Metadata> {
  const locale = await getPageLocale();
  const t = await getTranslations("common");
  const alternates = await languageAlternates(path);
  return {
    title,
    description,
    alternates: { ...alternates, ...(feed ? { types: { "application/atom+xml": feed } } : {}) },
    openGraph: { title, description, url: alternates.canonical, siteName: t("siteName"), type: "website", locale },
    twitter: { card: "summary", title, description },
  };
}

/** The page's address in its language and in all six (hreflang; x-default is the English page). */
export async function languageAlternates(path: string) {
  return {
    canonical: localizedPath(path, await getPageLocale()),
    languages: { ...pathInEveryLocale(path), "x-default": path },
  } satisfies Metadata["alternates"];
}
