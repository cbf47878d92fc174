import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReviewItemCard } from "@/components/review/review-item-card";
import { ReviewSettingForm } from "@/components/review/review-setting-form";
import { FormStatus } from "@/components/ui/form-status";
import { requireUser } from "@/lib/auth/acting-user";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { getReviewSetting } from "@/lib/review/review-setting";
import { approveReviewItemAction, changeReviewSettingAction, returnReviewItemAction } from "./actions";

// /editor/review — what waits for a second editor, oldest first; administrators also change the setting here.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.review"))("metaTitle") };
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = requireUser(await getActingUser());
  const [query, t, items, setting] = await Promise.all([
    searchParams,
    getTranslations("editor.review"),
    listReviewQueue(db, actor),
    getReviewSetting(db),
  ]);
  const notice = query.decision === "approved" ? t("approved") : query.decision === "returned" ? t("returned") : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      {notice && <FormStatus tone="success" message={notice} />}
      {query.setting === "saved" && <FormStatus tone="success" message={setting.requiresReview ? t("settingOn") : t("settingOff")} />}
      <p className="max-w-3xl text-muted">{t("intro")}</p>
      {items.length === 0 ? <p>{t("empty")}</p> : <p>{t("count", { count: items.length })}</p>}
      {items.map((item) => (
        <ReviewItemCard
          key={`${item.type}:${item.id}`}
          item={item}
          actions={{ approve: approveReviewItemAction, sendBack: returnReviewItemAction }}
        />
      ))}
      {actor.role === "admin" && (
        <section aria-labelledby="review-setting-heading" className="space-y-3 border-t border-rule pt-6">
          <h2 id="review-setting-heading" className="text-xl font-semibold">
            {t("settingHeading")}
          </h2>
          <ReviewSettingForm requiresReview={setting.requiresReview} saveAction={changeReviewSettingAction} />
        </section>
      )}
    </div>
  );
}
