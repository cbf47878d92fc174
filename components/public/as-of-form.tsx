import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { FieldError } from "@/components/ui/field-error";
import { UN_REGIONS } from "@/lib/signatories/signatory-filters";

const inputClass = "block w-full rounded border border-[#8a93a0] bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-[#a1260d]";

/** A plain GET form for "as of" a day, and optionally a region: used on the overview and the outreach list. */
export async function AsOfForm({
  action,
  asOf,
  asOfError,
  region,
}: {
  action: string;
  asOf?: string;
  asOfError?: string;
  region?: { value?: string; error?: string };
}) {
  const t = await getTranslations("public.filters");
  const tRegion = await getTranslations("public.regions");
  return (
    <form
      method="get"
      action={action}
      className="no-print flex flex-wrap items-start gap-4 rounded border border-rule bg-white p-4"
      aria-label={t("asOfFormLabel")}
    >
      {region && (
        <div className="w-56">
          <label htmlFor="filter-region" className="mb-1 block text-sm font-medium">
            {t("region.label")}
          </label>
          <select
            id="filter-region"
            name="region"
            defaultValue={region.value ?? ""}
            className={inputClass}
            aria-invalid={region.error ? true : undefined}
            aria-describedby={region.error ? "filter-region-error" : undefined}
          >
            <option value="">{t("any")}</option>
            {UN_REGIONS.map((value) => (
              <option key={value} value={value}>
                {tRegion(value)}
              </option>
            ))}
          </select>
          <FieldError id="filter-region-error" message={region.error} />
        </div>
      )}
      <div className="w-56">
        <label htmlFor="filter-asOf" className="mb-1 block text-sm font-medium">
          {t("asOf.label")}
        </label>
        <p id="filter-asOf-help" className="mb-1 text-xs text-muted">
          {t("asOf.help")}
        </p>
        <input
          id="filter-asOf"
          name="asOf"
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          dir="ltr"
          defaultValue={asOf ?? ""}
          className={inputClass}
          aria-invalid={asOfError ? true : undefined}
          aria-describedby={asOfError ? "filter-asOf-help filter-asOf-error" : "filter-asOf-help"}
        />
        <FieldError id="filter-asOf-error" message={asOfError} />
      </div>
      <div className="flex items-center gap-4 self-end pb-0.5">
        <button type="submit" className="rounded bg-signed px-4 py-2 text-sm font-medium text-white hover:bg-[#174a85]">
          {t("show")}
        </button>
        <Link href={action} className="text-sm underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
