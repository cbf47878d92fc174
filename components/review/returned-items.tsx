import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { Instant } from "@/components/ui/partial-date";
import type { ReturnedItem } from "@/lib/review/list-returned-items";

/** The dashboard's review section: what reviewers returned to this editor, with their comments, and what waits. */
export async function ReturnedItems({ returned, decidable }: { returned: ReturnedItem[]; decidable: number }) {
  const [t, tTypes, tKinds] = await Promise.all([
    getTranslations("editor.reviewDashboard"),
    getTranslations("editor.review.types"),
    getTranslations("editor.review.changeKinds"),
  ]);
  return (
    <section aria-labelledby="returned-heading" className="space-y-2">
      <h2 id="returned-heading" className="text-xl font-semibold">
        {t("returnedHeading")}
      </h2>
      {returned.length === 0 ? (
        <p className="text-muted">{t("noReturned")}</p>
      ) : (
        <ul className="space-y-3" data-testid="returned-items">
          {returned.map((item) => {
            const type = item.changeKind ? tKinds(item.changeKind) : tTypes(item.subjectType);
            const subject = item.participantName ? `${type}, ${item.participantName}` : type;
            return (
              <li key={item.id} className="rounded border-s-4 border-amber-600 bg-amber-50 px-4 py-3">
                <p className="font-medium">
                  {t("returnedItem", { subject, reviewer: item.reviewerName })} · <Instant value={item.returnedAt} />
                </p>
                <p className="whitespace-pre-line">{t("returnedComment", { comment: item.comment })}</p>
                <Link href={item.href} className="underline">
                  {t("open")}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {decidable > 0 && (
        <p>
          {t("waiting", { count: decidable })}{" "}
          <Link href="/editor/review" className="underline">
            {t("openReview")}
          </Link>
        </p>
      )}
    </section>
  );
}
