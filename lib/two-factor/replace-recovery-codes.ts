import "server-only";
import type { SignInState } from "@/lib/auth/sign-in-state";
import type { Database } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { confirmTwoFactorOwner } from "./confirm-two-factor-owner";
import { replaceRecoveryCodeRows } from "./replace-recovery-code-rows";

/** Ten new recovery codes in place of the old ones (used up, or possibly seen), confirmed with the password. */
export async function replaceRecoveryCodes(
  db: Database,
  state: SignInState | null,
  raw: unknown,
  clientAddress: string | null = null,
  now = new Date(),
) {
  const user = await confirmTwoFactorOwner(db, state, raw, "Turn on two-factor sign-in first.", clientAddress, now);
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodeRows(tx, user.id);
    await recordSecurityEvent(tx, {
      type: "two_factor.recovery_codes_created",
      userId: user.id,
      clientAddress,
      detail: "10 new recovery codes; the old ones no longer work",
    });
    return { recoveryCodes };
  });
}
