import type { PendingStep } from "./sign-in-state";

/** Where a signed-in user goes next: the step still pending, then the page they were heading for. */
export function nextSignInPath(pendingStep: PendingStep | null, callbackPath: string): string {
  const back = `?callbackUrl=${encodeURIComponent(callbackPath)}`;
  if (pendingStep === "change-password") return `/login/new-password${back}`;
  if (pendingStep === "enrol-two-factor") return `/login/two-factor-setup${back}`;
  return callbackPath;
}

/** After a step is done: /login decides again (another step, or the page they were heading for). */
export function continueSignInPath(callbackPath: string): string {
  return `/login?callbackUrl=${encodeURIComponent(callbackPath)}`;
}
