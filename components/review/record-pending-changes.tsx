import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { RecordPendingChange } from "@/lib/review/list-record-pending-changes";

/** On a record's editor page: the changes to it waiting for a second editor (the public sees it as it was). */
export async function RecordPendingChanges({ changes }: { changes: RecordPendingChange[] }) {
  if (changes.length === 0) return null;
  const [t, tDashboard] = await Promise.all([getTranslations("editor.review"), getTranslations("editor.reviewDashboard")]);
  return (
    <section
      aria-labelledby="pending-changes-heading"
      className="rounded border-s-4 border-amber-600 bg-amber-50 px-4 py-3"
      data-testid="pending-changes"
    >
      <h2 id="pending-changes-heading" className="font-semibold">
        {t("recordPending.heading")}
      </h2>
      <ul className="list-disc ps-5">
        {changes.map((change) => (
          <li key={change.id}>
            {change.fileName
              ? t("recordPending.itemWithFile", {
                  kind: t(`changeKinds.${change.kind}`),
                  name: change.proposedByName,
                  file: change.fileName,
                })
              : t("recordPending.item", { kind: t(`changeKinds.${change.kind}`), name: change.proposedByName })}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/editor/review" className="underline">
          {tDashboard("openReview")}
        </Link>
      </p>
    </section>
  );
}
