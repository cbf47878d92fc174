import { PrismaClient } from "@/generated/prisma/client";
import { createDriverAdapter } from "@/lib/database/driver-adapter";
import { env } from "@/lib/env";
import { toWellFormed } from "@/lib/validation/well-formed";

export { toWellFormed };

/** A client for any database URL: the app's own below, or a throw-away one in scripts and tests. */
export function createPrismaClient(url: string = env.DATABASE_URL, authToken = env.DATABASE_AUTH_TOKEN) {
  const client = new PrismaClient({ adapter: createDriverAdapter(url, authToken) }).$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          return query(toWellFormed(args) as typeof args);
        },
      },
    },
  });
  urlsOfClients.set(client, url);
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;

// Which URL each client was opened on, so that a domain function handed only `db` can still read the
// record revision through the fast reader of that very database (lib/record/record-revision.ts).
const urlsOfClients = new WeakMap<object, string>();

export function databaseUrlOf(db: Database): string | undefined {
  return urlsOfClients.get(db);
}

/** The client handed to an interactive transaction's callback. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

// One client per process; dev-mode hot reloads would otherwise open a new connection on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: Database };

export const db: Database = globalForPrisma.prisma ?? createPrismaClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
