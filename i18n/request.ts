import { hasLocale, IntlErrorCode } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { MISSING_MESSAGE_MARK } from "./missing-message";
import { routing } from "./routing";

// The language comes from the [locale] segment (setRequestLocale in the layout) or the proxy's rewrite of an
// unprefixed path to English. A locale passed explicitly, getTranslations({ locale, namespace }) in a route
// handler, an API error or an export (lib/i18n/negotiate-locale.ts), is honoured. Anything else is English.
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: "UTC",
    messages: await loadMessages(locale),
    onError(error) {
      if (error.code === IntlErrorCode.MISSING_MESSAGE) console.error(`[${locale}] ${error.message}`);
      else console.error(error);
    },
    getMessageFallback({ namespace, key }) {
      return `${MISSING_MESSAGE_MARK} ${namespace ? `${namespace}.` : ""}${key}`;
    },
  };
});
