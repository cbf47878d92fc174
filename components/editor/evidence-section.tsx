import { getTranslations } from "next-intl/server";
import { PendingChangeNotice } from "@/components/review/pending-change-notice";
import { FormStatus } from "@/components/ui/form-status";
import { Instant } from "@/components/ui/partial-date";
import { EVIDENCE_FORMATS } from "@/lib/evidence/evidence-formats";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import type { RecordEvidence } from "@/lib/evidence/list-record-evidence";
import type { AttachEvidenceState, FormAction } from "@/lib/server-actions/form-state";
import { DetachEvidenceForm } from "./detach-evidence-form";
import { EvidenceUploadForm } from "./evidence-upload-form";
import { EvidenceVisibilityForm } from "./evidence-visibility-form";

export type EvidenceActions = { attach: FormAction<AttachEvidenceState>; changeVisibility: FormAction; detach: FormAction };

/**
 * "Evidence documents" on an action's or a statement's editing page: every document, restricted ones
 * included, each with its download, size, SHA-256, who added it and when, the forms to change its
 * visibility or remove it; then the upload form.
 */
export async function EvidenceSection({
  evidence: { record, documents },
  actions,
  notice,
  proposed,
}: {
  evidence: RecordEvidence;
  actions: EvidenceActions;
  notice?: "changed" | "removed";
  /** A change to a published record's documents just proposed (review required): it waits, it is not done. */
  proposed?: "detach" | "visibility";
}) {
  const t = await getTranslations("editor.evidence");
  return (
    <section id="evidence" aria-labelledby="evidence-heading" className="space-y-5 rounded border border-rule bg-white p-5">
      <h2 id="evidence-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      {notice && <FormStatus tone="success" message={t(notice)} />}
      {proposed && <PendingChangeNotice change={proposed} />}
      {documents.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ul className="space-y-4" aria-label={t("listCaption")}>
          {documents.map((document) => (
            <li key={document.id} className="space-y-3 rounded border border-rule p-4" data-testid="evidence-document">
              <p className="font-medium">
                <a href={`/evidence/${document.file.sha256}`} className="underline underline-offset-4">
                  {t("download", { name: document.file.fileName })}
                </a>{" "}
                <span className="text-sm font-normal text-muted">
                  ({EVIDENCE_FORMATS[document.file.format].label}, {formatByteSize(document.file.byteSize)})
                </span>
              </p>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                <dt className="font-medium text-muted">{t("kind")}</dt>
                <dd>{t(`kinds.${document.kind}`)}</dd>
                <dt className="font-medium text-muted">{t("visibility")}</dt>
                <dd data-testid="evidence-visibility">{t(`visibilities.${document.visibility}`)}</dd>
                <dt className="font-medium text-muted">{t("sha256")}</dt>
                <dd>
                  <code className="break-all text-xs">{document.file.sha256}</code>
                </dd>
                <dt className="font-medium text-muted">{t("added")}</dt>
                <dd>
                  {t.rich("addedBy", {
                    name: document.attachedBy?.name ?? t("formerUser"),
                    time: () => <Instant value={document.attachedAt} />,
                  })}
                </dd>
              </dl>
              <div className="grid items-start gap-4 md:grid-cols-2">
                <EvidenceVisibilityForm
                  changeAction={actions.changeVisibility}
                  documentId={document.id}
                  fileName={document.file.fileName}
                  visibility={document.visibility}
                  isPublished={record.status === "published"}
                />
                <DetachEvidenceForm detachAction={actions.detach} documentId={document.id} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <EvidenceUploadForm attachAction={actions.attach} recordType={record.type} recordId={record.id} />
    </section>
  );
}
