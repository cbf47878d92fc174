import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ActingUser } from "./acting-user";
import { authOptions } from "./auth-options";
import { loadActingUser } from "./load-acting-user";

/** The signed-in user for this request, re-checked against the database (active, same session version). */
export const getActingUser = cache(async (): Promise<ActingUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  return loadActingUser(db, { userId: session.userId, sessionVersion: session.sessionVersion });
});
