import type { Database } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import { AppError } from "@/lib/errors";
import type { ActingUser } from "./acting-user";

/**
 * What a signed-in user must do before anything else: replace a temporary password, or (administrators)
 * set up two-factor sign-in. Until then every editor page leads there and every other action is refused.
 */
export type PendingStep = "change-password" | "enrol-two-factor";

export type SignInState = { sessionId: string; user: ActingUser; pendingStep: PendingStep | null };

/** The claims our session token carries (types/next-auth.d.ts); anything may arrive, so all are checked. */
export type SessionClaims = { userId?: unknown; sessionId?: unknown } | null | undefined;

export function pendingStepOf(user: { mustChangePassword: boolean; role: string; totpEnabledAt: Date | null }): PendingStep | null {
  if (user.mustChangePassword) return "change-password";
  if (user.role === "admin" && !user.totpEnabledAt) return "enrol-two-factor";
  return null;
}

/**
 * The session a token names, re-read from the database on every request: null when the session was
 * signed out, has expired, or was made under an older session version (password, role or status changed),
 * or when the account is gone or deactivated.
 */
export async function loadSignInState(db: Database, claims: SessionClaims, now = new Date()): Promise<SignInState | null> {
  if (!claims || typeof claims.userId !== "string" || typeof claims.sessionId !== "string") return null;
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      sessionVersion: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          name: true,
          role: true,
          isActive: true,
          sessionVersion: true,
          mustChangePassword: true,
          totpEnabledAt: true,
          editableParticipants: { select: { id: true } },
        },
      },
    },
  });
  if (!session || session.userId !== claims.userId || session.expiresAt <= now) return null;
  const { user } = session;
  if (!user.isActive || user.sessionVersion !== session.sessionVersion) return null;
  const scope = user.editableParticipants.map((participant) => participant.id);
  return {
    sessionId: claims.sessionId,
    user: {
      id: user.id,
      name: user.name,
      role: user.role,
      scopeParticipantIds: user.role === "admin" || scope.length === 0 ? null : scope,
    },
    pendingStep: pendingStepOf(user),
  };
}

const PENDING_STEP_MESSAGES: Record<PendingStep, string> = {
  "change-password": messageKey("validation.auth.changeTemporaryPassword"),
  "enrol-two-factor": messageKey("validation.auth.enrolTwoFactor"),
};

/**
 * For the few actions a user may take on their own account: signed in, and either fully or only as far as
 * the step this action completes (`step`).
 */
export function requireSignedIn(state: SignInState | null, step: PendingStep | null = null): SignInState {
  if (!state) throw new AppError("unauthenticated", messageKey("validation.auth.signIn"));
  if (state.pendingStep && state.pendingStep !== step) throw new AppError("forbidden", PENDING_STEP_MESSAGES[state.pendingStep]);
  return state;
}
