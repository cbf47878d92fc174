import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { z } from "zod";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { replaceRecoveryCodeRows } from "./replace-recovery-code-rows";
import { normaliseTotpCode, verifyTotpCode } from "./totp";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

const confirmSchema = z.object({ code: z.string().max(20).optional() });

/**
 * Turns two-factor sign-in on once the user proves, with a code from their app, that they stored the secret.
 * Returns ten recovery codes, shown once; only their hashes are kept.
 */
export async function confirmTwoFactorEnrolment(
  db: Database,
  state: SignInState | null,
  raw: unknown,
  clientAddress: string | null = null,
  now = new Date(),
) {
  const { user: actor } = requireSignedIn(state, "enrol-two-factor");
  const parsed = confirmSchema.safeParse(raw);
  const code = parsed.success ? normaliseTotpCode(parsed.data.code) : null;
  if (!code) throw new AppError("validation", CHECK_THE_FIELDS, { code: messageKey("validation.twoFactor.enterCode") });
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true, totpPendingSecret: true } });
  if (user.totpEnabledAt) throw new AppError("conflict", messageKey("validation.twoFactor.alreadyOn"));
  if (!user.totpPendingSecret) throw new AppError("conflict", messageKey("validation.twoFactor.noPendingKey"));
  const timeStep = verifyTotpCode(user.totpPendingSecret, code, null, now);
  if (timeStep === null) {
    throw new AppError("validation", CHECK_THE_FIELDS, {
      code: messageKey("validation.twoFactor.codeMismatch"),
    });
  }
  const secret = user.totpPendingSecret;
  return db.$transaction(async (tx) => {
    const enabled = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpPendingSecret: secret },
      data: { totpSecret: secret, totpPendingSecret: null, totpEnabledAt: now, totpLastTimeStep: timeStep },
    });
    if (enabled.count === 0) throw new AppError("conflict", messageKey("validation.twoFactor.changedElsewhere"));
    const recoveryCodes = await replaceRecoveryCodeRows(tx, actor.id);
    await recordSecurityEvent(tx, {
      type: "two_factor.enabled",
      userId: actor.id,
      clientAddress,
      detail: "Two-factor sign-in turned on; 10 recovery codes created",
    });
    return { recoveryCodes };
  });
}
