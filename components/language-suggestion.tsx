"use client";

import { useSyncExternalStore } from "react";
import { LANGUAGE_COOKIE } from "@/lib/i18n/language-cookie";
import { localizedPath, splitLocalePrefix } from "@/lib/i18n/localized-path";
import { isLocale, type Locale } from "@/lib/i18n/locales";

type Props = { current: Locale; offers: Partial<Record<Locale, string>> };

/**
 * A one-line offer of the page in the visitor's language — the one they chose before (the switcher's
 * cookie) or else the first of the browser's languages we have — when it is not the page's. Decided in the
 * browser, after the page is shown: the server's HTML is the same for everyone (and cacheable), nobody is
 * redirected, and a crawler sees nothing.
 */
export function LanguageSuggestion({ current, offers }: Props) {
  const suggested = useSyncExternalStore(subscribeToNothing, preferredLanguage, () => null);
  const offer = suggested && suggested !== current ? offers[suggested] : undefined;
  if (!suggested || !offer) return null;
  const { path } = splitLocalePrefix(window.location.pathname);
  return (
    <p className="text-sm" data-testid="language-suggestion">
      <a
        href={`${localizedPath(path, suggested)}${window.location.search}`}
        lang={suggested}
        hrefLang={suggested}
        className="underline underline-offset-4"
      >
        {offer}
      </a>
    </p>
  );
}

const subscribeToNothing = () => () => {};

function preferredLanguage(): Locale | null {
  const chosen = new RegExp(`(?:^|; )${LANGUAGE_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
  if (chosen) return isLocale(chosen) ? chosen : null;
  for (const tag of navigator.languages) {
    const language = tag.split("-")[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return null;
}
