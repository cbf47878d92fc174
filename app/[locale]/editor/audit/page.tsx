import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/editor/audit-table";
import { LogFilterForm, LogFilterSelect } from "@/components/editor/log-filter-form";
import { inputClass } from "@/components/ui/field";
import { getActingUser } from "@/lib/auth/session";
import { auditFiltersSchema, listAuditEntries, type AuditFilters } from "@/lib/audit/list-audit-entries";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.audit"))("metaTitle") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [actor, query, t] = await Promise.all([getActingUser(), searchParams, getTranslations("editor.audit")]);
  const parsed = auditFiltersSchema.safeParse(query);
  const filters: AuditFilters = parsed.success ? parsed.data : {};
  const { entries, actors } = await listAuditEntries(db, actor, filters);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <LogFilterForm from={filters.from} to={filters.to} labels={{ from: t("from"), to: t("to"), submit: t("filter") }}>
        <LogFilterSelect
          name="actor"
          label={t("actor")}
          anyLabel={t("anyActor")}
          value={filters.actor}
          options={actors.map((a) => ({ value: a.id, label: a.name }))}
        />
        <div>
          <label htmlFor="participant" className="block text-sm font-medium">
            {t("participant")}
          </label>
          <input id="participant" name="participant" defaultValue={filters.participant ?? ""} placeholder="kaz" className={inputClass} />
        </div>
      </LogFilterForm>
      <p aria-live="polite">{t("count", { count: entries.length })}</p>
      <AuditTable
        rows={entries}
        caption={t("caption")}
        labels={{ when: t("when"), actor: t("actor"), what: t("what"), record: t("record"), reason: t("reason") }}
      />
    </div>
  );
}
