import { useTranslations } from "next-intl";
import type { SecurityEventType } from "@/lib/security-events/security-event-types";
import { Ltr } from "@/components/ui/ltr";

export type SecurityEventRow = {
  id: string;
  createdAt: Date;
  type: string;
  actorName: string | null;
  clientAddress: string | null;
  detail: string | null;
  user: { id: string; name: string } | null;
};

export function SecurityEventTable({ rows }: { rows: SecurityEventRow[] }) {
  const t = useTranslations("editor.security");
  return (
    <table className="card-table w-full border-collapse text-start text-sm">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-rule">
          <th scope="col" className="py-2 pe-4">
            {t("when")}
          </th>
          <th scope="col" className="py-2 pe-4">
            {t("type")}
          </th>
          <th scope="col" className="py-2 pe-4">
            {t("account")}
          </th>
          <th scope="col" className="py-2 pe-4">
            {t("address")}
          </th>
          <th scope="col" className="py-2">
            {t("detail")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-rule align-top">
            <td className="py-2 pe-4 whitespace-nowrap" data-label={t("when")}>
              <Ltr>{row.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</Ltr>
            </td>
            <td className="py-2 pe-4" data-label={t("type")}>
              {t(`types.${row.type as SecurityEventType}`)}
            </td>
            <td className="py-2 pe-4" data-label={t("account")}>
              {row.user?.name ?? <span className="text-muted">{t("noAccount")}</span>}
            </td>
            <td className="py-2 pe-4 font-mono" data-label={t("address")}>
              {row.clientAddress ? <Ltr>{row.clientAddress}</Ltr> : <span className="font-sans text-muted">{t("unknownAddress")}</span>}
            </td>
            <td className="py-2" data-label={t("detail")}>
              {row.detail}
              {row.actorName && <span className="block text-muted">{t("by", { name: row.actorName })}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
