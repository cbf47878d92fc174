import type { Database } from "@/lib/db";
import { recordSecurityEvent } from "./record-security-event";

/**
 * Logs a Server Action refused as forbidden (no permission, participant out of scope, a step still pending):
 * who tried, from where, on which page, and the refusal's own message. Never the submitted values.
 */
export async function recordRefusedAction(
  db: Database,
  refusal: { userId: string | null; clientAddress: string | null; message: string; page: string | null },
): Promise<void> {
  await recordSecurityEvent(db, {
    type: "action.refused",
    userId: refusal.userId,
    clientAddress: refusal.clientAddress,
    detail: `${refusal.page ? `On ${refusal.page}: ` : ""}${refusal.message}`,
  });
}

/** The path of the page a request came from, from its Referer header (as the browser reports it). */
export function pageOf(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).pathname.slice(0, 200);
  } catch {
    return null;
  }
}
