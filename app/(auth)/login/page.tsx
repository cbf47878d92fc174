import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/editor/login-form";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { getActingUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.login");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getActingUser()) redirect(callbackPath);
  const t = await getTranslations("editor.login");
  const messages = await getMessages();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <NextIntlClientProvider messages={{ editor: { login: (messages.editor as Record<string, unknown>).login } }}>
        <LoginForm callbackPath={callbackPath} />
      </NextIntlClientProvider>
    </div>
  );
}
