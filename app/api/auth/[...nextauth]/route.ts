// GET|POST /api/auth/* — next-auth: sign-in with email and password, sign-out, session, CSRF token.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth 4 types its App Router handler as any.
const handler = NextAuth(authOptions) as (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

export { handler as GET, handler as POST };
