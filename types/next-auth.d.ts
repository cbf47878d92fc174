import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: "admin" | "editor";
    sessionVersion: number;
  }
  interface Session {
    userId: string;
    role: "admin" | "editor";
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    role: "admin" | "editor";
    sessionVersion: number;
  }
}
