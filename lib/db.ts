import { PrismaClient } from "@/generated/prisma/client";
import { createDriverAdapter } from "@/lib/database/driver-adapter";
import { env } from "@/lib/env";

/** A client for any database URL: the app's own below, or a throw-away one in scripts and tests. */
export function createPrismaClient(url: string = env.DATABASE_URL, authToken = env.DATABASE_AUTH_TOKEN) {
  return new PrismaClient({ adapter: createDriverAdapter(url, authToken) });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client handed to an interactive transaction's callback. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

// One client per process; dev-mode hot reloads would otherwise open a new connection on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: Database };

export const db: Database = globalForPrisma.prisma ?? createPrismaClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
