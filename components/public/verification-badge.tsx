import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EVIDENCE_FORMATS } from "@/lib/evidence/evidence-formats";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import type { VerificationBasis } from "@/lib/evidence/public-evidence";

type Verification = "depositary" | "official_statement" | "press_report";

const TONE = { depositary: "strong", official_statement: "neutral", press_report: "muted" } as const;

/**
 * How well an entry is verified: "Depositary record", "Official statement" or "Press report"; with its
 * basis, what the level rests on ("Depositary record — signed instrument, PDF, 1.2 MB", linking to it).
 */
export async function VerificationBadge({ level, basis }: { level: Verification; basis?: VerificationBasis }) {
  const t = await getTranslations("public.verification");
  const badge = (
    <Badge tone={TONE[level]} title={t(`${level}Help`)}>
      {t(level)}
    </Badge>
  );
  if (!basis) return badge;
  const tEvidence = await getTranslations("public.evidence");
  let text;
  if (basis.type === "document") {
    const { document } = basis;
    text = tEvidence.rich("basis.document", {
      kind: tEvidence(`basisKinds.${document.kind}`),
      format: EVIDENCE_FORMATS[document.format].label,
      size: formatByteSize(document.byteSize),
      link: (chunks) => (
        <a href={`/evidence/${document.sha256}`} className="underline underline-offset-4">
          {chunks}
        </a>
      ),
    });
  } else if (basis.type === "restricted-document") {
    text = tEvidence("basis.restricted-document", { kind: tEvidence(`basisKinds.${basis.kind}`) });
  } else {
    text = tEvidence(`basis.${basis.type}`);
  }
  return (
    <span data-testid="verification-basis">
      {badge} <span className="text-sm">{text}</span>
    </span>
  );
}
