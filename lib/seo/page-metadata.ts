import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * Title, description, canonical address and Open Graph card of a page. Open Graph is set in full here because
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
  path: string;
  /** The page's own Atom feed, announced to feed readers. */
  feed?: string;
}): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title,
    description,
    alternates: { canonical: path, ...(feed ? { types: { "application/atom+xml": feed } } : {}) },
    openGraph: { title, description, url: path, siteName: t("siteName"), type: "website", locale: "en" },
    twitter: { card: "summary", title, description },
  };
}
