import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddressOf } from "@/lib/http/client-address";
import { recordSecurityEvent } from "@/lib/security-events/record-security-event";
import { authenticate } from "./authenticate";
import { pruneSignInRecordsHourly } from "./prune-sign-in-records";
import { safeRedirectUrl } from "./safe-callback-url";
import { encodeSessionToken, epochSeconds, isPastAbsoluteLimit, SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { createSignInRateLimiter } from "./sign-in-rate-limit";
import { SIGN_IN_ERRORS } from "./sign-in-errors";
import { revokeUserSession } from "./user-sessions";

const admitSignIn = createSignInRateLimiter();

export const authOptions: AuthOptions = {
  // The token lives a working day and never more than 12 h from sign-in (session-lifetime.ts); the
  // server-side session it names (user-sessions.ts) is what every request actually checks.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS, encode: (params) => encodeSessionToken(params) },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authentication code", type: "text" },
        recoveryCode: { label: "Recovery code", type: "text" },
      },
      async authorize(credentials, request) {
        const clientAddress = clientAddressOf((request?.headers ?? {}) as Record<string, string | undefined>, env.TRUST_PROXY);
        const admission = await admitSignIn(clientAddress);
        if (!admission.ok) {
          if (admission.isFirstRefusal) {
            await recordSecurityEvent(db, {
              type: "sign_in.rate_limited",
              clientAddress,
              detail:
                admission.limit === "client"
                  ? "Too many sign-in attempts from this address: refused before checking"
                  : "Too many sign-in attempts in all: refused before checking",
            });
          }
          throw new Error(`${SIGN_IN_ERRORS.locked}${admission.retryAfterSeconds}`);
        }
        await pruneSignInRecordsHourly(db);
        const result = await authenticate(db, credentials, clientAddress);
        if (result.ok) {
          return {
            id: result.user.id,
            name: result.user.name,
            role: result.user.role,
            sessionId: result.session.id,
            signedInAt: epochSeconds(result.session.signedInAt),
          };
        }
        if (result.reason === "locked") throw new Error(`${SIGN_IN_ERRORS.locked}${result.retryAfterSeconds}`);
        if (result.reason === "two-factor-required") throw new Error(SIGN_IN_ERRORS.twoFactorRequired);
        if (result.reason === "two-factor-invalid") throw new Error(SIGN_IN_ERRORS.twoFactorInvalid);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
        token.sessionId = user.sessionId;
        token.signedInAt = user.signedInAt;
        delete token.email;
      }
      // Past its absolute limit the token is refused here, which makes next-auth clear the cookie; the
      // server-side session expired at the same moment anyway. (A rejection, as from the async callback
      // next-auth expects.)
      if (isPastAbsoluteLimit(token.signedInAt)) return Promise.reject(new Error("Session past its absolute limit"));
      return Promise.resolve(token);
    },
    session({ session, token }) {
      // Only what pages need; the email stays out of the client-visible session.
      session.user = { name: token.name ?? "" };
      session.userId = token.userId;
      session.role = token.role;
      session.sessionId = token.sessionId;
      return session;
    },
    // Where next-auth sends the browser after signing in or out: our own origin only.
    redirect({ url, baseUrl }) {
      return Promise.resolve(safeRedirectUrl(url, baseUrl));
    },
  },
  events: {
    // Signing out deletes the server-side session, so the cookie is dead wherever a copy of it is.
    async signOut({ token }) {
      await revokeUserSession(db, token?.sessionId);
    },
  },
};
