import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/editor/audit-table";
import { ReturnedItems } from "@/components/review/returned-items";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { db } from "@/lib/db";
import { listDraftActions } from "@/lib/participant-actions/list-draft-actions";
import { listEditableParticipants } from "@/lib/participants/list-editable-participants";
import { listReturnedItems } from "@/lib/review/list-returned-items";
import { listReviewQueue } from "@/lib/review/list-review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.dashboard"))("metaTitle") };
}

export default async function EditorDashboard({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [actor, query, t, ta, ts, format] = await Promise.all([
    getActingUser(),
    searchParams,
    getTranslations("editor.dashboard"),
    getTranslations("editor.audit"),
    getTranslations("editor"),
    getFormatter(),
  ]);
  const [drafts, { entries }, scope, returned, waiting] = await Promise.all([
    listDraftActions(db, actor),
    listAuditEntries(db, actor, {}, 15),
    // An editor with a scope sees whose records they may edit; everyone else may edit all of them.
    actor?.scopeParticipantIds ? listEditableParticipants(db, actor) : null,
    listReturnedItems(db, actor),
    listReviewQueue(db, actor),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      {query.deleted && <FormStatus tone="success" message={ts("signature.deleted")} />}
      <p>{scope ? t("scope", { participants: format.list(scope.map((p) => p.name)) }) : t("scopeAll")}</p>
      <ReturnedItems returned={returned} decidable={waiting.filter((item) => !item.isOwn).length} />
      <section aria-labelledby="drafts-heading" className="space-y-2">
        <h2 id="drafts-heading" className="text-xl font-semibold">
          {t("drafts")}
        </h2>
        {drafts.length === 0 ? (
          <p className="text-muted">{t("noDrafts")}</p>
        ) : (
          <ul className="list-disc ps-6">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link href={`/editor/signatures/${draft.id}`} className="underline">
                  {draft.participant.name}
                </Link>{" "}
                ({draft.action})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="recent-heading" className="space-y-2">
        <h2 id="recent-heading" className="text-xl font-semibold">
          {t("recent")}
        </h2>
        {entries.length === 0 ? (
          <p className="text-muted">{t("noChanges")}</p>
        ) : (
          <AuditTable
            rows={entries}
            caption={t("recent")}
            labels={{ when: ta("when"), actor: ta("actor"), what: ta("what"), record: ta("record"), reason: ta("reason") }}
          />
        )}
      </section>
    </div>
  );
}
