import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import "@fontsource-variable/inter";
import "./globals.css";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { db } from "@/lib/db";
import { siteOrigin } from "@/lib/env";
import { getRecordVersion } from "@/lib/ledger/get-record-version";
import { getLastRecordUpdate } from "@/lib/record/get-last-record-update";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    openGraph: { siteName: t("siteName"), type: "website" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
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
