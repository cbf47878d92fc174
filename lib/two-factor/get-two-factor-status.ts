import "server-only";
import { requireSignedIn, type SignInState } from "@/lib/auth/sign-in-state";
import type { Database } from "@/lib/db";
import { formatSetupKey, totpUri } from "./totp";

export type TwoFactorStatus = {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  isRequired: boolean;
  /** Only while enrolling: the secret to scan or type. Once confirmed, the secret never leaves the server. */
  enrolment: { setupKey: string; otpauthUri: string } | null;
};

/** The account page's view of the signed-in user's two-factor sign-in. */
export async function getTwoFactorStatus(db: Database, state: SignInState | null): Promise<TwoFactorStatus> {
  const { user: actor } = requireSignedIn(state, "enrol-two-factor");
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      email: true,
      totpEnabledAt: true,
      totpPendingSecret: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  const pending = user.totpEnabledAt ? null : user.totpPendingSecret;
  return {
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
    isRequired: actor.role === "admin",
    enrolment: pending ? { setupKey: formatSetupKey(pending), otpauthUri: totpUri(pending, user.email) } : null,
  };
}
