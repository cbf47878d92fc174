import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTotpSecret } from "./totp";

/** Makes a new secret for the signed-in user to scan; two-factor sign-in is on only once a code confirms it. */
export async function startTwoFactorEnrolment(db: Database, state: SignInState | null): Promise<void> {
  const { user } = requireSignedIn(state, "enrol-two-factor");
  const updated = await db.user.updateMany({
    where: { id: user.id, totpEnabledAt: null },
    data: { totpPendingSecret: createTotpSecret() },
  });
  if (updated.count === 0) throw new AppError("conflict", messageKey("validation.twoFactor.alreadyOn"));
}
