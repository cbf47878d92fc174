import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";

/** Prefix of the error next-auth passes back to the sign-in form when an account or client is locked. */
export const LOCKED_ERROR_PREFIX = "locked:";

function clientAddressOf(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : null;
  return first || null;
}

export const authOptions: AuthOptions = {
  // A working day: long enough not to interrupt an editor, short enough for a shared machine.
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(db, credentials, clientAddressOf(request?.headers));
        if (result.ok) return { id: result.user.id, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
        if (result.reason === "locked") throw new Error(`${LOCKED_ERROR_PREFIX}${result.retryAfterSeconds}`);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        delete token.email;
      }
      return token;
    },
    session({ session, token }) {
      // Only what pages need; the email stays out of the client-visible session.
      session.user = { name: token.name ?? "" };
      session.userId = token.userId;
      session.role = token.role;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
};
