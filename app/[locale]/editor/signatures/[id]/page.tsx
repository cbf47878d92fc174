import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/editor/action-form";
import { DeleteActionForm } from "@/components/editor/delete-action-form";
import { EvidenceSection } from "@/components/editor/evidence-section";
import { participantLabel } from "@/components/editor/participant-input";
import { PendingChangeNotice } from "@/components/review/pending-change-notice";
import { RecordPendingChanges } from "@/components/review/record-pending-changes";
import { FormStatus } from "@/components/ui/form-status";
import { Instant } from "@/components/ui/partial-date";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listRecordEvidence } from "@/lib/evidence/list-record-evidence";
import { getActionForEditing } from "@/lib/participant-actions/get-action-for-editing";
import { listEditableParticipants } from "@/lib/participants/list-editable-participants";
import { listRecordPendingChanges } from "@/lib/review/list-record-pending-changes";
import { loadCorrectionForm } from "@/lib/review/load-correction-form";
import { attachEvidenceDocument, changeEvidenceDocumentVisibility, detachEvidenceDocument } from "../../evidence/actions";
import { deleteParticipantAction, saveParticipantAction } from "../actions";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

// /editor/signatures/[id] — correct one action (signature, accession or withdrawal); the URL keeps its first name.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.signature"))("editMetaTitle") };
}

export default async function EditActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ id }, query, actor, t] = await Promise.all([params, searchParams, getActingUser(), getTranslations("editor.signature")]);
  let action;
  try {
    action = await getActionForEditing(db, actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  const [participants, evidence, form, tPending, pendingChanges] = await Promise.all([
    actor ? listEditableParticipants(db, actor) : [],
    listRecordEvidence(db, actor, "action", action.id),
    loadCorrectionForm(db, action),
    getTranslations("editor.pendingCorrection"),
    listRecordPendingChanges(db, actor, action.id),
  ]);
  const { participant } = action;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("editTitle", { participant: participant.name })}</h1>
      {query.saved && (
        <FormStatus tone="success" message={t("saved")}>
          <p className="mt-2">
            <Link href={`/signatories/${participant.code}`} className="underline">
              {t("viewPublic", { participant: participant.name })}
            </Link>
          </p>
        </FormStatus>
      )}
      <p className="text-sm text-muted">
        {t.rich("version", { version: action.version, time: () => <Instant value={action.updatedAt} /> })}
      </p>
      {query.proposed === "delete" && <PendingChangeNotice change="delete" />}
      <RecordPendingChanges changes={pendingChanges} />
      {form.pending && (
        <p className="rounded border-s-4 border-amber-600 bg-amber-50 px-4 py-3" data-testid="pending-correction">
          {tPending(form.pending.isSubmitted ? "submitted" : "draft", { name: form.pending.proposedByName })}
        </p>
      )}
      <ActionForm
        saveAction={saveParticipantAction}
        participants={participants.map((p) => ({ code: p.code, name: p.name, label: participantLabel(p) }))}
        actionId={action.id}
        version={action.version}
        isPublished={action.status === "published"}
        statusChoices={form.statusChoices}
        initial={{ participant: participantLabel(form.participant), ...form.values, reason: form.reason }}
      />
      <EvidenceSection
        evidence={evidence}
        actions={{ attach: attachEvidenceDocument, changeVisibility: changeEvidenceDocumentVisibility, detach: detachEvidenceDocument }}
        notice={query.evidence === "changed" || query.evidence === "removed" ? query.evidence : undefined}
        proposed={query.proposed === "detach" || query.proposed === "visibility" ? query.proposed : undefined}
      />
      {action.action !== "withdrawal" && (
        <p>
          <Link href={`/editor/signatures/new?participant=${participant.code}&action=withdrawal`} className="underline">
            {t("recordWithdrawal", { participant: participant.name })}
          </Link>
        </p>
      )}
      {actor?.role === "admin" && <DeleteActionForm deleteAction={deleteParticipantAction} actionId={action.id} />}
    </div>
  );
}
