import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "./load-messages";

// A locale passed explicitly — getTranslations({ locale, namespace }) in a route handler, an API error or an
// export (lib/i18n/negotiate-locale.ts) — is honoured; pages are English until they move under app/[locale].
export default getRequestConfig(async ({ locale }) => {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { locale: chosen, timeZone: "UTC", messages: await loadMessages(chosen) };
});
