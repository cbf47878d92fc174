import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `file:` → embedded SQLite (better-sqlite3); `libsql://`, `https://`, `http://` → a libSQL server / Turso. */
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default("file:./data/app.db")
    .refine((url) => /^(file:|libsql:\/\/|https?:\/\/)/.test(url), {
      message: "DATABASE_URL must start with file:, libsql://, https:// or http://",
    }),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public origin of the site, used in feeds, exports and sign-in callbacks. Set by `npm start` from PORT. */
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  /**
   * How many reverse proxies stand in front of the server and append to X-Forwarded-For. 0 (the default)
   * trusts no forwarded header: the client is the socket's address (see lib/http/client-address.ts).
   */
  TRUST_PROXY: z.coerce
    .number({ message: "TRUST_PROXY must be the number of proxy hops, e.g. 1" })
    .int({ message: "TRUST_PROXY must be a whole number of proxy hops" })
    .min(0)
    .max(10)
    .default(0),
  /** Memory the production server's page cache may hold, in bytes (server/page-store.ts); 0 turns it off. */
  PAGE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
});

export type Environment = z.infer<typeof environmentSchema>;

export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  // Empty strings mean "not set" (a blank line in a shell profile should not break start-up).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env = parseEnvironment(process.env);

export function siteOrigin(): string {
  return env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://localhost:${env.PORT}`;
}
