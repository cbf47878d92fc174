import "server-only";
import { redirect } from "next/navigation";
import { getPageLocale } from "@/i18n/page-locale";
import { continueSignInPath } from "./pending-step-path";
import { safeCallbackPath } from "./safe-callback-url";
import { getSignInState } from "./session";
import type { PendingStep, SignInState } from "./sign-in-state";
import { siteOrigin } from "@/lib/env";

/**
 * For the pages of one pending sign-in step: the session, when that step is the one pending; otherwise
 * the visitor is sent where /login would send them (sign-in, another step, or on).
 */
export async function requirePendingStep(
  step: PendingStep,
  callbackUrl: string | string[] | undefined,
): Promise<{ state: SignInState; callbackPath: string }> {
  const callbackPath = safeCallbackPath(callbackUrl, siteOrigin());
  const state = await getSignInState();
  if (!state || state.pendingStep !== step) redirect(continueSignInPath(callbackPath, await getPageLocale()));
  return { state, callbackPath };
}
