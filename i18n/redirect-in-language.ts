import { getLocale } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { redirect } from "./navigation";

/**
 * redirect() to a page in the language of the request: after a save on /fr/editor/…, the editor stays in
 * French. The path is written without a prefix ("/editor/signatures/1?saved=1"). Like redirect(), call it
 * outside try/catch.
 */
export async function redirectInLanguage(path: string): Promise<never> {
  const locale = await getLocale();
  return redirect({ href: path, locale: isLocale(locale) ? locale : DEFAULT_LOCALE });
}
