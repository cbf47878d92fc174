import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { LanguageSuggestion } from "@/components/language-suggestion";
import { LanguageSwitcher } from "@/components/language-switcher";
import { languageOffers } from "@/i18n/language-offers";
import { authOptions } from "@/lib/auth/auth-options";
import { languageChoices } from "@/lib/i18n/language-names";
import { getPageLocale } from "@/i18n/page-locale";

const NAV_ITEMS = [
  { href: "/", key: "overview" },
  { href: "/signatories", key: "signatories" },
  { href: "/non-signatories", key: "nonSignatories" },
  { href: "/code", key: "code" },
  { href: "/api", key: "openData" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("common");
  // Only whether a session cookie decodes (no database read): the editor itself re-checks the account.
  // Anonymous visitors get pages from the page cache, which therefore never holds this link.
  const isSignedIn = Boolean(await getServerSession(authOptions));
  const current = await getPageLocale();
  const switcher = { label: t("language.label"), current, languages: languageChoices() };
  return (
    <header className="no-print border-b border-rule bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-lg font-semibold tracking-tight text-ink no-underline">
          {t("siteName")}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-ink underline-offset-4 hover:underline">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
            {isSignedIn && (
              <li>
                <Link href="/editor" className="font-medium text-ink underline-offset-4 hover:underline">
                  {t("nav.editor")}
                </Link>
              </li>
            )}
          </ul>
        </nav>
        {/* Reads the page's query in the browser; without it (a static page), the links keep the path only. */}
        <Suspense fallback={null}>
          <LanguageSwitcher {...switcher} />
        </Suspense>
        <LanguageSuggestion current={current} offers={await languageOffers()} />
      </div>
    </header>
  );
}
