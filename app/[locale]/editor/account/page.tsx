import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/editor/change-password-form";
import { TwoFactorSection } from "@/components/editor/two-factor-section";
import { FormStatus } from "@/components/ui/form-status";
import { getSignInState } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getTwoFactorStatus } from "@/lib/two-factor/get-two-factor-status";
import { changeOwnPassword } from "./actions";
import { twoFactorActions } from "./two-factor-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.account"))("metaTitle") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  // The editor's layout only lets complete sessions this far.
  const [state, query, t] = await Promise.all([getSignInState(), searchParams, getTranslations("editor.account")]);
  const status = await getTwoFactorStatus(db, state);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      {query.passwordChanged && <FormStatus tone="success" message={t("passwordChanged")} />}
      {query.twoFactorOff && <FormStatus tone="success" message={t("twoFactorTurnedOff")} />}
      <section aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t("passwordHeading")}
        </h2>
        <ChangePasswordForm next="/editor/account?passwordChanged=1" changeAction={changeOwnPassword} />
      </section>
      <section aria-labelledby="two-factor-heading" className="space-y-4">
        <h2 id="two-factor-heading" className="text-xl font-semibold">
          {t("twoFactorHeading")}
        </h2>
        <TwoFactorSection status={status} next="/editor/account" continuePath="/editor/account" actions={twoFactorActions} />
      </section>
    </div>
  );
}
