import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { FormStatus } from "@/components/ui/form-status";

/** Which change an editor just proposed: each says that it now waits for a second editor, not that it was done. */
export type ProposedChange = "delete" | "undo" | "detach" | "visibility";

/** After a change to a published record was proposed while review is required: what happens now, and where. */
export async function PendingChangeNotice({ change }: { change: ProposedChange }) {
  const [t, tDashboard] = await Promise.all([getTranslations("editor.review"), getTranslations("editor.reviewDashboard")]);
  return (
    <FormStatus tone="success" message={t(`pendingNotices.${change}`)}>
      <p className="mt-2">
        <Link href="/editor/review" className="underline">
          {tDashboard("openReview")}
        </Link>
      </p>
    </FormStatus>
  );
}
