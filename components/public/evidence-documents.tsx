import { getTranslations } from "next-intl/server";
import { EVIDENCE_FORMATS } from "@/lib/evidence/evidence-formats";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import type { PublicEvidenceDocument } from "@/lib/evidence/public-evidence";

/** A record's public documents, each with its size and SHA-256, so anyone can check a downloaded copy. */
export async function EvidenceDocuments({ documents }: { documents: readonly PublicEvidenceDocument[] }) {
  if (documents.length === 0) return null;
  const t = await getTranslations("public.evidence");
  return (
    <div className="space-y-2" data-testid="evidence-documents">
      <ul className="space-y-2" aria-label={t("documentsCaption")}>
        {documents.map((document) => (
          <li key={document.sha256}>
            <a href={`/evidence/${document.sha256}`} className="break-all underline underline-offset-4">
              {t("document", { kind: t(`kinds.${document.kind}`), name: document.fileName })}
            </a>{" "}
            <span className="text-muted">
              ({t("details", { format: EVIDENCE_FORMATS[document.format].label, size: formatByteSize(document.byteSize) })})
            </span>
            <span className="block text-xs">
              {t("sha256")} <code className="break-all">{document.sha256}</code>
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-muted">{t("checkHelp")}</p>
    </div>
  );
}
