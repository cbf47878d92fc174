import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: "admin" | "editor";
    /** The server-side session (UserSession) this sign-in started. */
    sessionId: string;
    /** Sign-in time, epoch seconds: the absolute limit counts from here. */
    signedInAt: number;
  }
  interface Session {
    userId: string;
    role: "admin" | "editor";
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    role: "admin" | "editor";
    sessionId: string;
    signedInAt: number;
  }
}
