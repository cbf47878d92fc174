import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { VerificationBadge } from "@/components/public/verification-badge";
import { PartialDate } from "@/components/ui/partial-date";
import type { PublishedAction } from "@/lib/signatories/list-published-actions";

/** The public list: one row per published action (signature, accession or withdrawal). */
export async function SignatoriesTable({ rows, caption }: { rows: PublishedAction[]; caption: string }) {
  const t = await getTranslations("public.signatories.table");
  const tKind = await getTranslations("public.kind");
  const tAction = await getTranslations("public.action");
  const tRegion = await getTranslations("public.regions");
  return (
    <div className="print-full relative overflow-x-auto rounded border border-rule bg-white">
      <table className="card-table w-full min-w-[60rem] text-start text-sm" data-testid="signatories-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-paper">
          <tr className="border-b border-rule">
            <th scope="col" className="px-3 py-2">
              {t("participant")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("kind")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("region")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("date")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("action")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("place")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("signer")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("verification")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.code}-${row.action}`}
              className="border-b border-rule/60 align-top"
              data-code={row.code}
              data-action={row.action}
            >
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/signatories/${row.code}`} className="underline underline-offset-4">
                  {row.name}
                </Link>
              </th>
              <td className="px-3 py-2" data-label={t("kind")}>
                {tKind(row.kind)}
              </td>
              <td className="px-3 py-2" data-label={t("region")}>
                {row.region ? (tRegion.has(row.region) ? tRegion(row.region) : row.region) : "—"}
              </td>
              <td className="whitespace-nowrap px-3 py-2" data-label={t("date")} data-date={row.date ?? ""}>
                <PartialDate date={row.date} precision={row.datePrecision} />
              </td>
              <td className="px-3 py-2" data-label={t("action")}>
                {tAction(row.action)}
              </td>
              <td className="px-3 py-2" data-label={t("place")}>
                {row.place ?? <span className="text-muted">{t("notRecorded")}</span>}
              </td>
              <td className="px-3 py-2" data-label={t("signer")}>
                {row.signerName ? (
                  <>
                    {row.signerName}
                    {row.signerTitle && <span className="block text-muted">{row.signerTitle}</span>}
                  </>
                ) : (
                  <span className="text-muted">{t("notRecorded")}</span>
                )}
              </td>
              <td className="px-3 py-2" data-label={t("verification")}>
                <VerificationBadge level={row.verification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
