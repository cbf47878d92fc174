import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/editor/change-password-form";
import { SignOutButton } from "@/components/editor/sign-out-button";
import { changeOwnPassword } from "@/app/[locale]/editor/account/actions";
import { requirePendingStep } from "@/lib/auth/require-pending-step";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.account"))("forcedPasswordTitle"), robots: { index: false } };
}

// A temporary password must be replaced before anything else: the editor sends such sessions here.
export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackPath } = await requirePendingStep("change-password", (await searchParams).callbackUrl);
  const t = await getTranslations("editor.account");
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">{t("forcedPasswordTitle")}</h1>
      <p className="max-w-2xl">{t("forcedPasswordIntro")}</p>
      <ChangePasswordForm next={callbackPath} changeAction={changeOwnPassword} />
      <SignOutButton />
    </>
  );
}
