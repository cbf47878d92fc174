import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { readRecordRevision } from "@/lib/record/record-revision";
import { env } from "@/lib/env";
import { entityTag, matchesIfNoneMatch, versionTag } from "@/lib/http/entity-tags";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { messageKey } from "@/lib/i18n/message-key";
import { negotiateRequestLocale } from "@/lib/i18n/negotiate-locale";
import { messageTranslator, translateFields } from "@/lib/i18n/translate-message";
import { resolveRevision } from "@/lib/ledger/revision-parameter";
import type { ApiError } from "./schema";

// The HTTP rules every public endpoint shares: errors in one shape, open CORS, and ETags derived from the
// record revision so that a client polling an unchanged record gets a 304 for one single-row query.
// Errors are written in the language of `lang`, else of Accept-Language (lib/i18n/negotiate-locale.ts): their
// messages are message keys (lib/i18n/message-key.ts) until this edge translates them.

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition, Record-Revision, Ledger-Head",
};

/** A past revision never changes: shared caches and browsers may keep it for a year without asking again. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** An expected failure; its message and fields are message keys (or plain English), translated when sent. */
export class ApiProblem extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: ApiError["error"]["code"],
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** An error body in the negotiated language; it depends on Accept-Language, and no cache may keep it. */
export function errorResponse(status: number, error: ApiError["error"]): Response {
  return Response.json({ error } satisfies ApiError, {
    status,
    headers: { ...CORS_HEADERS, "Cache-Control": "no-store", Vary: "Accept-Language" },
  });
}

async function translatedErrorResponse(locale: Locale, status: number, problem: ApiError["error"]): Promise<Response> {
  const translate = await messageTranslator(locale);
  return errorResponse(status, {
    code: problem.code,
    message: translate(problem.message),
    fields: translateFields(translate, problem.fields),
  });
}

/** Validates a query with a schema of the API contract, or throws a 400 naming each bad parameter. */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, query: URLSearchParams): z.output<Schema> {
  const raw = Object.fromEntries([...query.keys()].map((key) => [key, query.get(key) ?? undefined]));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
  throw invalidParameters(fields);
}

export function invalidParameters(fields: Record<string, string>): ApiProblem {
  const names = Object.keys(fields);
  const [only] = names;
  const message =
    names.length === 1 && only
      ? messageKey("api.problems.invalidParameter", { name: only, problem: fields[only]! })
      : messageKey("api.problems.invalidParameters", { names: names.join(", ") });
  return new ApiProblem(400, "invalid_parameters", message, fields);
}

/** A well-formed revision the ledger does not hold: the resource "the record at revision N" does not exist. */
export function revisionNotFound(message: string): ApiProblem {
  return new ApiProblem(404, "not_found", message);
}

export type PublicGetContext<Params> = {
  url: URL;
  params: Params;
  /**
   * The language asked for with `?lang=` (validated), or undefined. Exports write names and headings in it;
   * Accept-Language alone never changes a file, only the language of error messages.
   */
  lang: Locale | undefined;
};

export type PublicGetOptions = {
  /**
   * The route answers `?revision=N` with the record as published at revision N (lib/ledger/): such an
   * answer never changes, so it is sent with a long-lived Cache-Control and an ETag of its own revision.
   */
  versioned?: boolean;
};

/** The revision a versioned request names, when it is one the ledger can rebuild (the handler reports any other). */
async function pinnedRevision(url: URL): Promise<number | undefined> {
  const raw = url.searchParams.get("revision");
  if (raw === null || url.searchParams.getAll("revision").length !== 1) return undefined;
  const choice = await resolveRevision(db, raw);
  return choice.ok ? choice.revision : undefined;
}

/**
 * Wraps a public GET: answers 304 when the client holds the current version (before reading any data),
 * maps ApiProblem to its status and anything unexpected to a plain 500, and adds CORS and the ETag.
 */
export function publicGet<Params = Record<string, never>>(
  handler: (request: Request, context: PublicGetContext<Params>) => Promise<Response>,
  options: PublicGetOptions = {},
) {
  return async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    const url = new URL(request.url);
    const language = negotiateRequestLocale(request, url);
    try {
      if (!language.ok) {
        throw invalidParameters({ lang: messageKey("api.problems.lang", { values: LOCALES.join(", ") }) });
      }
      const pinned = options.versioned ? await pinnedRevision(url) : undefined;
      // Read the revision before the data: a change landing in between then yields a stale tag (one extra
      // download later), never fresh-looking stale data. A pinned revision's tag does not depend on later ones.
      const tag = pinned === undefined ? entityTag(await readRecordRevision(db, env.DATABASE_URL), url) : versionTag(pinned, url);
      const cacheHeaders = {
        ...CORS_HEADERS,
        ETag: tag,
        "Cache-Control": pinned === undefined ? "public, no-cache" : IMMUTABLE_CACHE_CONTROL,
      };
      if (matchesIfNoneMatch(request.headers.get("if-none-match"), tag)) {
        return new Response(null, { status: 304, headers: cacheHeaders });
      }
      const lang = language.source === "lang" ? language.locale : undefined;
      const response = await handler(request, { url, params: await routeContext.params, lang });
      for (const [name, value] of Object.entries(cacheHeaders)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return failureResponse(error, request, language.locale);
    }
  };
}

/** An ApiProblem as its status, anything unexpected as a plain 500: in the language negotiated for the request. */
export function failureResponse(error: unknown, request: Request, locale: Locale): Promise<Response> {
  if (error instanceof ApiProblem) {
    return translatedErrorResponse(locale, error.status, { code: error.code, message: error.message, fields: error.fields });
  }
  console.error("Public API request failed", request.url, error);
  return translatedErrorResponse(locale, 500, { code: "internal_error", message: messageKey("api.problems.internalError"), fields: {} });
}

/** CORS preflight (a browser asks before sending If-None-Match from another origin). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

export function attachmentDisposition(filename: string): string {
  return `attachment; filename="${filename.replace(/["\\\r\n]/g, "_")}"`;
}

export function jsonBody(data: unknown, init: { filename?: string } = {}): Response {
  const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8" };
  if (init.filename) headers["Content-Disposition"] = attachmentDisposition(init.filename);
  return new Response(JSON.stringify(data), { status: 200, headers });
}
