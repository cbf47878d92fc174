import { redirect } from "./navigation";
import { getPageLocale } from "./page-locale";

/**
 * redirect() to a page in the language of the request: after a save on /fr/editor/…, the editor stays in
 * French. The path is written without a prefix ("/editor/signatures/1?saved=1"). Like redirect(), call it
 * outside try/catch.
 */
export async function redirectInLanguage(path: string): Promise<never> {
  return redirect({ href: path, locale: await getPageLocale() });
}
