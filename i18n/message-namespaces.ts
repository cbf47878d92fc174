import type { AbstractIntlMessages } from "next-intl";
import type { MessageArea } from "./message-files";

type Messages = Record<string, AbstractIntlMessages>;
export type AreaFiles = Record<MessageArea, Messages>;

/**
 * The namespaces the pages use, from the area files. Evidence documents (evidence.json) join the namespaces
 * their pages already use: editor.evidence (which the editor's layout hands to its client components),
 * public.evidence, the verification field's help in the action form, and the names of their changes in a
 * participant's public history. The import and ceremony strings (import.json) live under the editor's
 * namespace too (editor.import, editor.ceremony, and their links in editor.nav).
 */
export function toNamespaces({ api, common, editor, evidence, exports, import: intake, ledger, public: publicSite, validation }: AreaFiles) {
  const participant = publicSite.participant as Messages;
  return {
    common,
    api,
    ledger,
    exports,
    validation,
    editor: {
      ...editor,
      nav: { ...(editor.nav as Messages), ...(intake.nav as Messages) },
      import: intake.import!,
      ceremony: intake.ceremony!,
      evidence: { ...(evidence.editor as Messages), statementPage: evidence.statementPage! },
      signature: { ...(editor.signature as Messages), ...(evidence.signatureForm as Messages) },
    },
    public: {
      ...publicSite,
      evidence: evidence.public!,
      participant: {
        ...participant,
        historyAction: { ...(participant.historyAction as Messages), evidence: evidence.historyAction! },
      },
    },
  } satisfies Record<string, AbstractIntlMessages>;
}
