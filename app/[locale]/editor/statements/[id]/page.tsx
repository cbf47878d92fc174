import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EvidenceSection } from "@/components/editor/evidence-section";
import { participantLabel } from "@/components/editor/participant-input";
import { StatementForm } from "@/components/editor/statement-form";
import { StatementCard } from "@/components/public/statement-card";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listRecordEvidence } from "@/lib/evidence/list-record-evidence";
import { messageKey } from "@/lib/i18n/message-key";
import { listEditableParticipants } from "@/lib/participants/list-editable-participants";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { getReviewSetting, statusChoicesOf } from "@/lib/review/review-setting";
import { listRecordPendingChanges } from "@/lib/review/list-record-pending-changes";
import { RecordPendingChanges } from "@/components/review/record-pending-changes";
import { getStatementForEditing } from "@/lib/statements/get-statement-for-editing";
import { attachEvidenceDocument, changeEvidenceDocumentVisibility, detachEvidenceDocument } from "../../evidence/actions";
import { saveStatement } from "../actions";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

// /editor/statements/[id] — one statement as saved, and its evidence documents; while it is not published
// (a draft, one a reviewer returned, one waiting for review) the form to edit and submit it.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.evidence.statementPage"))("metaTitle") };
}

export default async function StatementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ id }, query, actor, t, tStatement, format] = await Promise.all([
    params,
    searchParams,
    getActingUser(),
    getTranslations("editor.evidence.statementPage"),
    getTranslations("editor.statement"),
    getFormatter(),
  ]);
  let statement;
  try {
    statement = await getStatementForEditing(db, actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  const isEditable = statement.status !== "published";
  const [evidence, pendingChanges, participants, instrument, { requiresReview }, translateMessage] = await Promise.all([
    listRecordEvidence(db, actor, "statement", statement.id),
    listRecordPendingChanges(db, actor, statement.id),
    isEditable && actor ? listEditableParticipants(db, actor) : [],
    getInstrument(db),
    getReviewSetting(db),
    pageMessageTranslator(),
  ]);
  const { participant } = statement;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading", { participant: participant.name })}</h1>
      {query.saved && <FormStatus tone="success" message={tStatement("saved")} />}
      <p>
        <Link href={`/signatories/${participant.code}`} className="underline">
          {t("viewPublic", { participant: participant.name })}
        </Link>
      </p>
      <p className="text-sm text-muted">{t("status", { status: t(`statuses.${statement.status}`) })}</p>
      <RecordPendingChanges changes={pendingChanges} />
      <ul>
        <StatementCard statement={statement}>
          <p className="mt-2 text-muted">
            {t("commitments", { numbers: format.list(statement.commitments.map((commitment) => String(commitment.number))) })}
          </p>
        </StatementCard>
      </ul>
      {isEditable ? (
        <section aria-labelledby="edit-statement" className="space-y-4">
          <h2 id="edit-statement" className="text-xl font-semibold">
            {tStatement("editHeading")}
          </h2>
          <p className="text-muted">{tStatement("editIntro")}</p>
          <StatementForm
            saveAction={saveStatement}
            participants={participants.map((p) => ({ code: p.code, name: p.name, label: participantLabel(p) }))}
            commitmentNumbers={instrument.commitments.map((c) => c.number)}
            statusChoices={statusChoicesOf(requiresReview)}
            statementId={statement.id}
            version={statement.version}
            initial={{
              participant: participantLabel(participant),
              kind: statement.kind,
              text: statement.text,
              commitments: statement.commitments.map((commitment) => String(commitment.number)),
              madeOn: statement.madeOn ?? "",
              sourceUrl: statement.sourceUrl ?? "",
              status: statement.status,
            }}
          />
        </section>
      ) : (
        <p className="text-muted">{translateMessage(messageKey("validation.statements.publishedNotEditable"))}</p>
      )}
      <EvidenceSection
        evidence={evidence}
        actions={{ attach: attachEvidenceDocument, changeVisibility: changeEvidenceDocumentVisibility, detach: detachEvidenceDocument }}
        notice={query.evidence === "changed" || query.evidence === "removed" ? query.evidence : undefined}
        proposed={query.proposed === "detach" || query.proposed === "visibility" ? query.proposed : undefined}
      />
    </div>
  );
}
