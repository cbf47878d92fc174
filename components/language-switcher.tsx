"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE_SECONDS } from "@/lib/i18n/language-cookie";
import { localizedPath, splitLocalePrefix } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/locales";

type Props = { label: string; current: Locale; languages: { locale: Locale; name: string }[] };

/**
 * The same page in the other languages: plain links (they work without JavaScript, and a crawler follows
 * them), each named in its own language. Following one remembers the choice in a cookie; nothing ever
 * redirects on it.
 */
export function LanguageSwitcher({ label, current, languages }: Props) {
  const { path } = splitLocalePrefix(usePathname());
  const query = useSearchParams().toString();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={`${localizedPath(path, locale)}${query ? `?${query}` : ""}`}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "page" : undefined}
              onClick={() => rememberLanguage(locale)}
              className="text-ink underline-offset-4 hover:underline aria-[current]:font-semibold aria-[current]:underline"
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function rememberLanguage(locale: Locale) {
  document.cookie = `${LANGUAGE_COOKIE}=${locale}; path=/; max-age=${LANGUAGE_COOKIE_MAX_AGE_SECONDS}; samesite=lax`;
}
