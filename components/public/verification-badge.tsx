import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

type Verification = "depositary" | "official_statement" | "press_report";

const TONE = { depositary: "strong", official_statement: "neutral", press_report: "muted" } as const;

/** How well an entry is verified: "Depositary record", "Official statement" or "Press report". */
export async function VerificationBadge({ level }: { level: Verification }) {
  const t = await getTranslations("public.verification");
  return (
    <Badge tone={TONE[level]} title={t(`${level}Help`)}>
      {t(level)}
    </Badge>
  );
}
