import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import "@fontsource-variable/inter";
import "../globals.css";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locales";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { getLastRecordUpdate } from "@/lib/record/get-last-record-update";

// Only the six languages exist: any other first segment (/xx/…, /.env) is an unmatched route, answered by
// app/global-not-found.tsx with a 404, never rendered as a page in a made-up language.
export const dynamicParams = false;
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { children?: React.ReactNode; params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "common" });
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    openGraph: { siteName: t("siteName"), type: "website" },
  };
}

// The document of every page, in the language of its path: <html lang dir> per locale, right to left for Arabic.
export default async function LocaleLayout({ children, params }: { children?: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        {/* No client messages here: the editor's client components get their own provider, public pages have none. */}
        <NextIntlClientProvider messages={null}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter lastUpdate={await lastRecordUpdate()} version={await getRecordVersion(db)} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

/** Read per request (the footer says when the record last changed), from the revision-keyed cache. */
async function lastRecordUpdate(): Promise<Date | null> {
  await connection();
  return getLastRecordUpdate(db);
}
