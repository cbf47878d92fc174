import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationNamesForm } from "@/components/editor/organisation-names-form";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listOrganisationNames } from "@/lib/participants/list-organisation-names";
import { saveOrganisationNames } from "./actions";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.names"))("metaTitle") };
}

export default async function OrganisationNamesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [actor, query, t] = await Promise.all([getActingUser(), searchParams, getTranslations("editor.names")]);
  let organisations;
  try {
    organisations = await listOrganisationNames(db, actor);
  } catch (error) {
    if (isAppError(error)) return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  const saved = organisations.find((organisation) => organisation.code === query.saved);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-muted">{t("intro")}</p>
      </header>
      {saved && <FormStatus tone="success" message={t("saved", { name: saved.name })} />}
      {organisations.length === 0 && <p>{t("noOrganisations")}</p>}
      {organisations.map((organisation) => (
        <section
          key={organisation.code}
          aria-labelledby={`${organisation.code}-heading`}
          className="space-y-3 rounded border border-rule bg-white p-4"
        >
          <h2 id={`${organisation.code}-heading`} className="text-xl font-semibold">
            {t("english", { name: organisation.name })}
          </h2>
          <OrganisationNamesForm saveAction={saveOrganisationNames} organisation={organisation} />
        </section>
      ))}
    </div>
  );
}
