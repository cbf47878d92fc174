import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecurityEventTable } from "@/components/editor/security-event-table";
import { LogFilterForm, LogFilterSelect } from "@/components/editor/log-filter-form";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listSecurityEvents, securityEventFiltersSchema, type SecurityEventFilters } from "@/lib/security-events/list-security-events";
import { SECURITY_EVENT_TYPES } from "@/lib/security-events/security-event-types";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.security"))("metaTitle") };
}

export default async function SecurityLogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [actor, query, t] = await Promise.all([getActingUser(), searchParams, getTranslations("editor.security")]);
  const parsed = securityEventFiltersSchema.safeParse(query);
  const filters: SecurityEventFilters = parsed.success ? parsed.data : {};
  let result;
  try {
    result = await listSecurityEvents(db, actor, filters);
  } catch (error) {
    if (isAppError(error)) return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  const { events, users } = result;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="max-w-3xl text-muted">{t("intro")}</p>
      <LogFilterForm from={filters.from} to={filters.to} labels={{ from: t("from"), to: t("to"), submit: t("filter") }}>
        <LogFilterSelect
          name="type"
          label={t("type")}
          anyLabel={t("anyType")}
          value={filters.type}
          options={SECURITY_EVENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        <LogFilterSelect
          name="user"
          label={t("account")}
          anyLabel={t("anyAccount")}
          value={filters.user}
          options={users.map((user) => ({ value: user.id, label: user.name }))}
        />
      </LogFilterForm>
      <p aria-live="polite">{t("count", { count: events.length })}</p>
      <SecurityEventTable rows={events} />
    </div>
  );
}
