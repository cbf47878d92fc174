import type { AbstractIntlMessages } from "next-intl";
import type { MessageArea } from "./message-files";

type Messages = Record<string, AbstractIntlMessages>;
export type AreaFiles = Record<MessageArea, Messages>;

/**
 * The namespaces the pages use, from the area files. Evidence documents (evidence.json) join the namespaces
 * their pages already use: editor.evidence (which the editor's layout hands to its client components),
 * public.evidence, the verification field's help in the action form, and the names of their changes in a
 * participant's public history. The import and ceremony strings (import.json) live under the editor's
 * namespace too (editor.import, editor.ceremony, and their links in editor.nav). Review (review.json) joins
 * the editor's namespace as editor.review, editor.reviewDashboard and editor.pendingCorrection, adds "Submitted
 * for review" to the form's statuses and a batch's, and gives the public history its "proposed by …, approved
 * by …" line.
 */
export function toNamespaces({
  api,
  common,
  editor,
  evidence,
  exports,
  import: intake,
  ledger,
  public: publicSite,
  review,
  validation,
}: AreaFiles) {
  const participant = publicSite.participant as Messages;
  const importArea = intake.import as Messages;
  const statementPage = evidence.statementPage as Messages;
  const signature = editor.signature as Messages;
  return {
    common,
    api,
    ledger,
    exports,
    validation,
    editor: {
      ...editor,
      nav: { ...(editor.nav as Messages), ...(intake.nav as Messages), ...(review.nav as Messages) },
      reviewDashboard: review.dashboard!,
      review: review.review!,
      pendingCorrection: review.pendingCorrection!,
      import: {
        ...importArea,
        statuses: { ...(importArea.statuses as Messages), ...(review.importStatuses as Messages) },
        batch: { ...(importArea.batch as Messages), submitted: review.batchSubmitted! },
      },
      ceremony: intake.ceremony!,
      evidence: {
        ...(evidence.editor as Messages),
        statementPage: {
          ...statementPage,
          statuses: { ...(statementPage.statuses as Messages), ...(review.statementPageStatuses as Messages) },
        },
      },
      signature: {
        ...signature,
        ...(evidence.signatureForm as Messages),
        statuses: { ...(signature.statuses as Messages), ...(review.statuses as Messages) },
      },
    },
    public: {
      ...publicSite,
      evidence: evidence.public!,
      participant: {
        ...participant,
        ...(review.history as Messages),
        historyAction: { ...(participant.historyAction as Messages), evidence: evidence.historyAction! },
      },
    },
  } satisfies Record<string, AbstractIntlMessages>;
}
