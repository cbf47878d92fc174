import { getRequestConfig } from "next-intl/server";
import api from "@/messages/en/api.json";
import common from "@/messages/en/common.json";
import editor from "@/messages/en/editor.json";
import evidence from "@/messages/en/evidence.json";
import intake from "@/messages/en/import.json";
import ledger from "@/messages/en/ledger.json";
import publicSite from "@/messages/en/public.json";
import review from "@/messages/en/review.json";

// English only for now; the other five UN languages come later. One file per area of the site so that
// work on the editor and on the public pages does not collide in one large file.
export const DEFAULT_LOCALE = "en";

// Evidence documents (messages/en/evidence.json) join the namespaces their pages already use: editor.evidence
// (which the editor's layout hands to its client components), public.evidence, the verification field's
// help in the action form, and the names of their changes in a participant's public history.
// The import and ceremony strings (messages/en/import.json) live under the editor's namespace too
// (editor.import, editor.ceremony, and their links in editor.nav).
// Review (messages/en/review.json) joins the editor's namespace as editor.review, editor.reviewDashboard and
// editor.pendingCorrection, adds "Submitted for review" to the form's statuses and a batch's, and gives the
// public history its "proposed by …, approved by …" line.
const editorMessages = {
  ...editor,
  nav: { ...editor.nav, ...intake.nav, ...review.nav },
  dashboard: editor.dashboard,
  reviewDashboard: review.dashboard,
  review: review.review,
  pendingCorrection: review.pendingCorrection,
  import: {
    ...intake.import,
    statuses: { ...intake.import.statuses, ...review.importStatuses },
    batch: { ...intake.import.batch, submitted: review.batchSubmitted },
  },
  ceremony: intake.ceremony,
  evidence: {
    ...evidence.editor,
    statementPage: { ...evidence.statementPage, statuses: { ...evidence.statementPage.statuses, ...review.statementPageStatuses } },
  },
  signature: {
    ...editor.signature,
    ...evidence.signatureForm,
    statuses: { ...editor.signature.statuses, ...review.statuses },
  },
};
const publicMessages = {
  ...publicSite,
  evidence: evidence.public,
  participant: {
    ...publicSite.participant,
    ...review.history,
    historyAction: { ...publicSite.participant.historyAction, evidence: evidence.historyAction },
  },
};

export default getRequestConfig(() => ({
  locale: DEFAULT_LOCALE,
  timeZone: "UTC",
  messages: { common, public: publicMessages, editor: editorMessages, api, ledger },
}));
