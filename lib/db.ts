import { PrismaClient } from "@/generated/prisma/client";
import { createDriverAdapter } from "@/lib/database/driver-adapter";
import { env } from "@/lib/env";
import { withoutControlCharacters } from "@/lib/validation/fields";

/**
 * Every string written is well-formed text. Control characters but tab and line feed are stripped: the
 * form helpers (lib/validation/fields.ts) strip them first, so that a required field of nothing else is
 * refused; this is the backstop for every other field. And a lone UTF-16 surrogate ("\ud800", which
 * JSON.parse happily produces) makes Prisma fail serialising the query ("unexpected end of hex escape")
 * with an unknown-request error, i.e. a 500, whatever field it arrives in: it becomes U+FFFD, as browsers
 * do for form data, so a hostile string is just an odd string: validation refuses it or it is stored.
 * Plain objects and arrays only — Dates, Buffers and Prisma's own SQL objects pass unchanged.
 */
export function toWellFormed(value: unknown): unknown {
  if (typeof value === "string") return withoutControlCharacters(value.isWellFormed() ? value : value.toWellFormed());
  if (Array.isArray(value)) return value.map(toWellFormed);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWellFormed(item)]));
  }
  return value;
}

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
