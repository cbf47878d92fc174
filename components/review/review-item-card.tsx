import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { Instant } from "@/components/ui/partial-date";
import type { ReviewItem } from "@/lib/review/list-review-queue";
import type { FormAction } from "@/lib/server-actions/form-state";
import { ReviewDecisionForms } from "./review-decision-forms";
import { ReviewDiffTable } from "./review-diff-table";

/** One item waiting for review: what it is, who submitted it when, its diff (each row's, for a batch), the decision. */
export async function ReviewItemCard({ item, actions }: { item: ReviewItem; actions: { approve: FormAction; sendBack: FormAction } }) {
  const [t, ts] = await Promise.all([getTranslations("editor.review"), getTranslations("editor.signature")]);
  const kind =
    item.type === "batch"
      ? t(`sources.${item.kind}`)
      : item.type === "statement"
        ? t("types.statement")
        : item.type === "change"
          ? t(`changeKinds.${item.kind}`)
          : ts(`actions.${item.kind}`);
  // A batch is named by its source and its author, so that two batches waiting side by side can be told apart.
  const subject = item.participant ? `${item.participant.name} (${kind})` : `${kind}, ${item.submittedByName}`;
  const headingId = `review-${item.id}`;
  const editorHref =
    item.type === "batch"
      ? `/editor/import/${item.id}`
      : item.type === "statement"
        ? `/editor/statements/${item.id}`
        : (item.editorHref ?? null);
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded border border-rule bg-white p-4" data-testid="review-item">
      <h2 id={headingId} className="text-xl font-semibold">
        {t("itemHeading", { type: t(`types.${item.type}`), subject })}
      </h2>
      <p className="text-sm text-muted">
        {t.rich("submittedBy", { name: item.submittedByName, time: () => <Instant value={item.submittedAt} /> })}
      </p>
      {item.type === "change" && <p className="font-medium">{t(`changeSummaries.${item.kind}`)}</p>}
      {item.reason && <p>{t("reason", { reason: item.reason })}</p>}
      {editorHref && (
        <p className="text-sm">
          <Link href={editorHref} className="underline">
            {subject}
          </Link>
        </p>
      )}
      {item.type === "batch" || item.rows.length > 0 ? (
        <div className="space-y-3">
          <p className="font-medium">{t("rowsCaption")}</p>
          {item.rows.map((row) => (
            <section key={row.rowNumber} aria-label={`${row.rowNumber}: ${row.participantName}`} className="space-y-1">
              <h3 className="font-medium">
                {row.rowNumber}. {row.participantName}
              </h3>
              <ReviewDiffTable diff={row.diff} caption={t("diffCaption", { subject: row.participantName })} />
            </section>
          ))}
        </div>
      ) : (
        <ReviewDiffTable diff={item.diff} caption={t("diffCaption", { subject })} />
      )}
      {item.isOwn ? (
        <p className="font-medium">{t("ownSubmission")}</p>
      ) : (
        <ReviewDecisionForms
          subject={{ subjectType: item.type, subjectId: item.id, version: item.version }}
          approveAction={actions.approve}
          returnAction={actions.sendBack}
        />
      )}
    </article>
  );
}
