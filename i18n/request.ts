import { hasLocale, IntlErrorCode } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { MISSING_MESSAGE_MARK } from "./missing-message";
import { routing } from "./routing";

// The language comes from the [locale] segment (setRequestLocale in the layout) or the proxy's rewrite of an
// unprefixed path to English; anything else is English.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
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
