import { describe, expect, it } from "vitest";
import api from "@/messages/en/api.json";
import apiAr from "@/messages/ar/api.json";
import apiFr from "@/messages/fr/api.json";
import apiZh from "@/messages/zh/api.json";
import { negotiateRequestLocale } from "@/lib/i18n/negotiate-locale";
import { failureResponse, parseQuery, publicGet } from "./http";
import { changesQuerySchema } from "./schema";

// The open API's errors are written in the language the client asked for: `lang`, else Accept-Language,
// else English. Their bodies depend on Accept-Language, so they say so (Vary) and no cache keeps them.

type ErrorBody = { error: { code: string; message: string; fields: Record<string, string> } };

/** What GET /api/v1/changes answers to a bad query (the route's own failure path, without its database). */
async function get(query: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1/changes?${query}`, { headers });
  const language = negotiateRequestLocale(request);
  let response: Response;
  try {
    parseQuery(changesQuerySchema, new URL(request.url).searchParams);
    response = Response.json({ ok: true });
  } catch (error) {
    response = await failureResponse(error, request, language.locale);
  }
  return { response, body: (await response.json()) as ErrorBody };
}

/** Any public route: `lang` is checked before the handler or the database is reached. */
const route = publicGet(() => Promise.reject(new Error("the handler must not run")));

async function getRoute(query: string) {
  const response = await route(new Request(`http://localhost/api/v1/changes?${query}`), { params: Promise.resolve({}) });
  return { response, body: (await response.json()) as ErrorBody };
}

describe("API errors", () => {
  it("are in English by default, from messages/en/api.json, and vary on Accept-Language", async () => {
    const { response, body } = await get("limit=0");
    expect(response.status).toBe(400);
    expect(body.error).toEqual({
      code: "invalid_parameters",
      message: "The parameter “limit” is not valid: Use a whole number from 1 to 200",
      fields: { limit: "Use a whole number from 1 to 200" },
    });
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("are written in the negotiated language, and never leak a message key", async () => {
    const cases = [
      { headers: {} as Record<string, string>, messages: api, invalid: "These parameters are not valid: since, limit" },
      { headers: { "Accept-Language": "ar" }, messages: apiAr, invalid: "المعلمات التالية غير صالحة: since, limit" },
      { headers: { "Accept-Language": "zh-Hant;q=0.9" }, messages: apiZh, invalid: "以下参数无效：since, limit" },
    ];
    for (const { headers, messages, invalid } of cases) {
      const { body } = await get("limit=0&since=yesterday", headers);
      expect(body.error.message).toBe(invalid);
      expect(JSON.stringify(body)).not.toMatch(/\u2063|msg:|api\.problems/);
      expect(body.error.fields.since).toBe(messages.problems.since);
    }
  });

  it("refuse a lang that is not one of the six, listing the accepted values, before reading anything", async () => {
    for (const lang of ["de", "FR", "fr-CA", "x", "fr&lang=ar"]) {
      const { response, body } = await getRoute(`lang=${lang}`);
      expect(response.status, lang).toBe(400);
      expect(body.error.code).toBe("invalid_parameters");
      expect(body.error.fields).toEqual({
        lang: "Choose one of: en, ar, zh, fr, ru, es (the language of the names and headings; leave it out for English)",
      });
      expect(body.error.message).toContain("“lang”");
    }
  });

  it("turn anything unexpected into a plain 500 that says nothing of the cause", async () => {
    const request = new Request("http://localhost/api/v1/changes", { headers: { "Accept-Language": "fr" } });
    const response = await failureResponse(new Error("SQLITE_CORRUPT at /srv/data/app.db"), request, "fr");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal_error", message: apiFr.problems.internalError, fields: {} } });
  });
});

describe("API errors in every locale", () => {
  it("have a message for every problem, falling back to English for a string not translated yet", async () => {
    const { messageTranslator } = await import("@/lib/i18n/translate-message");
    const { messageKey } = await import("@/lib/i18n/message-key");
    const { LOCALES } = await import("@/lib/i18n/locales");
    for (const locale of LOCALES) {
      const translate = await messageTranslator(locale);
      for (const key of Object.keys(api.problems)) {
        const text = translate(
          messageKey(`api.problems.${key}`, {
            name: "x",
            problem: "y",
            names: "x, y",
            code: "x",
            region: "x",
            regions: "y",
            values: "a, b",
            min: "1",
            max: "2",
          }),
        );
        expect(text, `${locale} ${key}`).not.toMatch(/\u2063|api\.problems|\{/);
        expect(text.length, `${locale} ${key}`).toBeGreaterThan(5);
      }
    }
  });
});
