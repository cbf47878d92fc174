import { getTranslations } from "next-intl/server";
import { StatusIcon } from "@/components/ui/status-icon";
import type { ParticipantStatus } from "@/lib/participants/participant-status";

/** A participant's status as icon and words: "Signed", "Joined later", "Withdrawn", "Not signed". */
export async function StatusLabel({ status, size = "sm" }: { status: ParticipantStatus; size?: "sm" | "lg" }) {
  const t = await getTranslations("public.status");
  return (
    <span className={`inline-flex items-center gap-1.5 ${size === "lg" ? "text-lg font-semibold" : ""}`} data-status={status}>
      <StatusIcon status={status} className={size === "lg" ? "h-5 w-5" : "h-4 w-4"} />
      {t(status)}
    </span>
  );
}
