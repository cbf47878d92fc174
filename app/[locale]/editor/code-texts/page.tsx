import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listOfficialTexts } from "@/lib/instruments/list-official-texts";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.codeTexts"))("metaTitle") };
}

export default async function CodeTextsPage() {
  const [actor, t, tEditor] = await Promise.all([getActingUser(), getTranslations("editor.codeTexts"), getTranslations("editor")]);
  let texts;
  try {
    texts = await listOfficialTexts(db, actor);
  } catch (error) {
    if (isAppError(error)) return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <ul className="space-y-3">
        {texts.map((text) => {
          const language = tEditor(`languageNames.${text.locale}`);
          return (
            <li key={text.locale} className="rounded border border-rule bg-white p-4">
              <p className="font-medium">
                {language}: {text.isComplete ? t("complete") : t("status", { entered: text.entered, total: text.total })}
              </p>
              <Link href={`/editor/code-texts/${text.locale}`} className="underline underline-offset-4">
                {t("edit", { language })}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
