import type { Locale } from "@/lib/i18n/locales";
import { localizedPath, splitLocalePrefix } from "@/lib/i18n/localized-path";
import { looksLikeAnotherHost } from "./safe-callback-url";
import type { PendingStep } from "./sign-in-state";

// Every address of the sign-in steps is in the language the visitor signs in with: the steps, and the page
// they were heading for (whatever language its address was in, e.g. a hidden field's "/editor/account").

function inLanguage(path: string, locale: Locale): string {
  const localized = localizedPath(splitLocalePrefix(path).path, locale);
  // "/fr//evil.example" is a path of ours, but without its prefix it would name another host.
  return looksLikeAnotherHost(localized) ? localizedPath("/editor", locale) : localized;
}

/** Where a signed-in user goes next: the step still pending, then the page they were heading for. */
export function nextSignInPath(pendingStep: PendingStep | null, callbackPath: string, locale: Locale): string {
  const back = `?callbackUrl=${encodeURIComponent(inLanguage(callbackPath, locale))}`;
  if (pendingStep === "change-password") return `${localizedPath("/login/new-password", locale)}${back}`;
  if (pendingStep === "enrol-two-factor") return `${localizedPath("/login/two-factor-setup", locale)}${back}`;
  return inLanguage(callbackPath, locale);
}

/** After a step is done: /login decides again (another step, or the page they were heading for). */
export function continueSignInPath(callbackPath: string, locale: Locale): string {
  return `${localizedPath("/login", locale)}?callbackUrl=${encodeURIComponent(inLanguage(callbackPath, locale))}`;
}
