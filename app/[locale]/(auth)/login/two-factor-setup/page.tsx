import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/editor/sign-out-button";
import { TwoFactorSection } from "@/components/editor/two-factor-section";
import { getPageLocale } from "@/i18n/page-locale";
import { continueSignInPath } from "@/lib/auth/pending-step-path";
import { localizedPath } from "@/lib/i18n/localized-path";
import { requirePendingStep } from "@/lib/auth/require-pending-step";
import { db } from "@/lib/db";
import { twoFactorActions } from "@/app/[locale]/editor/account/two-factor-actions";
import { getTwoFactorStatus } from "@/lib/two-factor/get-two-factor-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.account"))("forcedTwoFactorTitle"), robots: { index: false } };
}

// Administrators without two-factor sign-in are sent here after signing in, before anything else.
export default async function TwoFactorSetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { state, callbackPath } = await requirePendingStep("enrol-two-factor", (await searchParams).callbackUrl);
  const [t, status, locale] = await Promise.all([getTranslations("editor.account"), getTwoFactorStatus(db, state), getPageLocale()]);
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">{t("forcedTwoFactorTitle")}</h1>
      <p className="max-w-2xl">{t("forcedTwoFactorIntro")}</p>
      <TwoFactorSection
        actions={twoFactorActions}
        status={status}
        next={`${localizedPath("/login/two-factor-setup", locale)}?callbackUrl=${encodeURIComponent(callbackPath)}`}
        continuePath={continueSignInPath(callbackPath, locale)}
      />
      <SignOutButton />
    </>
  );
}
