import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddressOf } from "@/lib/http/client-address";
import type { ActingUser } from "./acting-user";
import { authOptions } from "./auth-options";
import { loadSignInState, type SignInState } from "./sign-in-state";

/** This request's session, re-checked against the database (not signed out, not expired, same version). */
export const getSignInState = cache(async (): Promise<SignInState | null> => {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  return loadSignInState(db, { userId: session.userId, sessionId: session.sessionId });
});

/**
 * The signed-in user for this request, or null — also while a step is pending (a temporary password to
 * change, two-factor sign-in to set up): every action taking this user refuses until the step is done.
 */
export const getActingUser = cache(async (): Promise<ActingUser | null> => {
  const state = await getSignInState();
  return state && !state.pendingStep ? state.user : null;
});

/** The address of whoever sent this request (lib/http/client-address.ts). */
export async function getClientAddress(): Promise<string | null> {
  return clientAddressOf(await headers(), env.TRUST_PROXY);
}
