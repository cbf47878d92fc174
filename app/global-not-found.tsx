import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import "@fontsource-variable/inter";
import "./globals.css";
import { NotFoundContent } from "@/components/not-found-content";

// A path that matches no route (/no-such-page, /xx/…, /.env): the English "not found" page, in its own
// document, since the site's layout belongs to a language (app/[locale]/layout.tsx).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "public.notFound" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
          <NotFoundContent locale="en" />
        </main>
      </body>
    </html>
  );
}
