import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/editor/login-form";
import { continueSignInPath, nextSignInPath } from "@/lib/auth/pending-step-path";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { getSignInState } from "@/lib/auth/session";
import { siteOrigin } from "@/lib/env";
import { getPageLocale } from "@/i18n/page-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.login");
  return { title: t("metaTitle"), robots: { index: false } };
}

// Also where every sign-in step returns to: a signed-in visitor is sent on to the step still pending for
// their account (a temporary password, two-factor set-up), then to the page they were heading for.
export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl, siteOrigin());
  const [state, locale] = await Promise.all([getSignInState(), getPageLocale()]);
  if (state) redirect(nextSignInPath(state.pendingStep, callbackPath, locale));
  const t = await getTranslations("editor.login");
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <LoginForm continuePath={continueSignInPath(callbackPath, locale)} />
    </>
  );
}
