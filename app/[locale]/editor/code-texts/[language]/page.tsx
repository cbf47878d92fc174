import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficialTextForm } from "@/components/editor/official-text-form";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { isTranslatedLocale } from "@/lib/i18n/translated-locales";
import { getOfficialTextForEditing } from "@/lib/instruments/list-official-texts";
import { saveCodeText } from "../actions";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

type Props = { params: Promise<{ language: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.codeTexts"))("metaTitle") };
}

export default async function CodeTextPage({ params, searchParams }: Props) {
  const [{ language: locale }, query, actor, t, tEditor] = await Promise.all([
    params,
    searchParams,
    getActingUser(),
    getTranslations("editor.codeTexts"),
    getTranslations("editor"),
  ]);
  if (!isTranslatedLocale(locale)) notFound();
  let text;
  try {
    text = await getOfficialTextForEditing(db, actor, locale);
  } catch (error) {
    if (isAppError(error)) return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  const language = tEditor(`languageNames.${locale}`);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/editor/code-texts" className="underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">{t("formHeading", { language })}</h1>
      <p className="max-w-3xl text-muted">{t("intro")}</p>
      {query.saved && <FormStatus tone="success" message={t(query.saved === "complete" ? "saved" : "savedIncomplete", { language })} />}
      <OfficialTextForm saveAction={saveCodeText} locale={locale} language={language} english={text.english} stored={text.stored} />
    </div>
  );
}
