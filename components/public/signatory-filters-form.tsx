import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { FieldError } from "@/components/ui/field-error";
import { ActionKind, ParticipantKind } from "@/generated/prisma/enums";
import { SIGNATORY_SORTS, SORT_ORDERS, UN_REGIONS, type FilterParseResult } from "@/lib/signatories/signatory-filters";

type RawQuery = Record<string, string | undefined>;
type FieldName = "q" | "region" | "year" | "kind" | "action" | "sort" | "order" | "asOf";

const inputClass = "block w-full rounded border border-[#8a93a0] bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-[#a1260d]";

/**
 * The list's filters as a plain GET form: it works without JavaScript, and its URL is the shareable view.
 * Text fields keep what was typed, even when invalid, so the message beside them makes sense.
 */
export async function SignatoryFiltersForm({
  parsed,
  raw,
  years,
  revision,
}: {
  parsed: FilterParseResult;
  raw: RawQuery;
  years: string[];
  /** A past revision being read (?revision=N): filtering keeps to it. */
  revision?: number;
}) {
  const t = await getTranslations("public.filters");
  const tRegion = await getTranslations("public.regions");
  const tKind = await getTranslations("public.kind");
  const tAction = await getTranslations("public.action");
  const errors = parsed.ok ? {} : parsed.fieldErrors;
  const { filters } = parsed;
  const described = (name: FieldName, help?: boolean) =>
    [help ? `filter-${name}-help` : null, errors[name] ? `filter-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const field = (name: FieldName, control: React.ReactNode, help?: string) => (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-sm font-medium">
        {t(`${name}.label`)}
      </label>
      {help && (
        <p id={`filter-${name}-help`} className="mb-1 text-xs text-muted">
          {help}
        </p>
      )}
      {control}
      <FieldError id={`filter-${name}-error`} message={errors[name]} />
    </div>
  );
  const selectProps = (name: FieldName) => ({
    id: `filter-${name}`,
    name,
    className: inputClass,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": described(name),
  });

  return (
    <form method="get" action="/signatories" className="no-print rounded border border-rule bg-white p-4" aria-label={t("label")}>
      {revision !== undefined && <input type="hidden" name="revision" value={revision} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {field("q", <input type="search" defaultValue={raw.q ?? ""} {...selectProps("q")} aria-describedby={described("q")} />)}
        {field(
          "region",
          <select defaultValue={filters.region ?? ""} {...selectProps("region")}>
            <option value="">{t("any")}</option>
            {UN_REGIONS.map((region) => (
              <option key={region} value={region}>
                {tRegion(region)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "year",
          <select defaultValue={filters.year ?? ""} {...selectProps("year")}>
            <option value="">{t("any")}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>,
        )}
        {field(
          "kind",
          <select defaultValue={filters.kind ?? ""} {...selectProps("kind")}>
            <option value="">{t("any")}</option>
            {Object.values(ParticipantKind).map((kind) => (
              <option key={kind} value={kind}>
                {tKind(kind)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "action",
          <select defaultValue={filters.action ?? ""} {...selectProps("action")}>
            <option value="">{t("any")}</option>
            {Object.values(ActionKind).map((action) => (
              <option key={action} value={action}>
                {tAction(action)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "sort",
          <select defaultValue={filters.sort} {...selectProps("sort")}>
            {SIGNATORY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "order",
          <select defaultValue={filters.order} {...selectProps("order")}>
            {SORT_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(`order.${order}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "asOf",
          <input
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            dir="ltr"
            defaultValue={raw.asOf ?? ""}
            {...selectProps("asOf")}
            aria-describedby={described("asOf", true)}
          />,
          t("asOf.help"),
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-signed px-4 py-2 text-sm font-medium text-white hover:bg-[#174a85]">
          {t("apply")}
        </button>
        <Link
          href={revision === undefined ? "/signatories" : `/signatories?revision=${revision}`}
          className="text-sm underline underline-offset-4"
        >
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
