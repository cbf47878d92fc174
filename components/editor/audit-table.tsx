import { Link } from "@/i18n/navigation";
import { Ltr } from "@/components/ui/ltr";

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  participant: { code: string; name: string } | null;
};

export function AuditTable({
  rows,
  caption,
  labels,
}: {
  rows: AuditRow[];
  caption: string;
  labels: { when: string; actor: string; what: string; record: string; reason: string };
}) {
  return (
    <table className="card-table w-full border-collapse text-start text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-rule">
          <th scope="col" className="py-2 pe-4">
            {labels.when}
          </th>
          <th scope="col" className="py-2 pe-4">
            {labels.actor}
          </th>
          <th scope="col" className="py-2 pe-4">
            {labels.what}
          </th>
          <th scope="col" className="py-2 pe-4">
            {labels.record}
          </th>
          <th scope="col" className="py-2">
            {labels.reason}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-rule align-top">
            <td className="py-2 pe-4 whitespace-nowrap" data-label={labels.when}>
              <Ltr>{row.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</Ltr>
            </td>
            <td className="py-2 pe-4" data-label={labels.actor}>
              {row.actorName}
            </td>
            <td className="py-2 pe-4" data-label={labels.what}>
              <code>{row.action}</code>
            </td>
            <td className="py-2 pe-4" data-label={labels.record}>
              {row.participant ? (
                <Link href={`/signatories/${row.participant.code}`} className="underline">
                  {row.participant.name}
                </Link>
              ) : (
                row.entityType
              )}
              {row.entityType === "signature" && row.action !== "signature.delete" && (
                <>
                  {" "}
                  ·{" "}
                  <Link href={`/editor/signatures/${row.entityId}`} className="underline">
                    edit
                  </Link>
                </>
              )}
              {row.entityType === "statement" && (
                <>
                  {" "}
                  ·{" "}
                  <Link href={`/editor/statements/${row.entityId}`} className="underline">
                    open
                  </Link>
                </>
              )}
            </td>
            <td className="py-2" data-label={labels.reason}>
              {row.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
