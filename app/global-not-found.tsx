import type { Metadata } from "next";
import "@fontsource-variable/inter";
import "./globals.css";
import LocalizedNotFound, { generateMetadata as localizedMetadata } from "./[locale]/not-found";

// A path outside every language and route (e.g. /api/none, whose first segment is not a language): the
// English "not found" page, in its own document because the site's layout belongs to a language.
export function generateMetadata(): Promise<Metadata> {
  return localizedMetadata();
}

export default function NotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
          <LocalizedNotFound />
        </main>
      </body>
    </html>
  );
}
