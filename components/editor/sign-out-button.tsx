"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/ui/field";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

/** Signs out and lands on the home page in the language the editor was using. */
export function SignOutButton() {
  const t = useTranslations("editor.nav");
  const locale = useLocale();
  const home = localizedPath("/", isLocale(locale) ? locale : DEFAULT_LOCALE);
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => void signOut({ callbackUrl: home })}>
      {t("signOut")}
    </button>
  );
}
