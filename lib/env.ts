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
  /** Memory the production server's page cache may hold, in bytes (server/page-store.ts); 0 turns it off. */
  PAGE_CACHE_MAX_BYTES: z.coerce.number().int().min(0).default(64 * 1024 * 1024),
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
