import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { ActionKind, ParticipantKind } from "@/generated/prisma/enums";
import { partialDateProblem } from "@/lib/dates/partial-date";

// The filters of the public list, shared by /signatories, /api/v1/signatories and every export: the URL
// query is the contract, so a filtered view can be bookmarked, shared and downloaded.

export const SIGNATORY_SORTS = ["name", "date"] as const;
export const SORT_ORDERS = ["asc", "desc"] as const;
export const UN_REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;

// An empty query value means "no filter": a GET form sends every field, filled or not.
const blankToUndefined = (value: string | undefined) => (value ? value : undefined);

/**
 * A query value trimmed, and undefined when blank, before its schema checks it. A preprocess, not a
 * transform: the OpenAPI generator describes the schema after a preprocess (enum, pattern, format), but
 * the input of a transform, so constraints written after a transform were missing from the document.
 */
const trimmedOrAbsent = (value: unknown) => (typeof value === "string" ? blankToUndefined(value.trim()) : value);

// The length is checked before the transform so that the OpenAPI document can state it (maxLength).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: messageKey("validation.fields.atMost", { max }) })
    .optional()
    .transform(blankToUndefined);

/** Region names are matched whatever their case (region=asia); the contract names the canonical spelling. */
const canonicalRegion = (value: unknown) => {
  const trimmed = trimmedOrAbsent(value);
  if (typeof trimmed !== "string") return trimmed;
  return UN_REGIONS.find((region) => region.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
};

/** Says what is wrong with a day: its shape, or a month or day that does not exist. */
export function isoDayProblem(value: unknown): string {
  const text = typeof value === "string" ? value : "";
  return (/^\d{4}-\d{2}-\d{2}$/.test(text) && partialDateProblem(text, "day")) || messageKey("validation.filters.dayForm");
}

export const signatoryFiltersSchema = z.object({
  q: optionalText(100).meta({
    description:
      "Part of any of the participant's names in Arabic, Chinese, English, French, Russian or Spanish (accents and case ignored: turkiye, Turkey, Турция and 土耳其 all find Türkiye), or its ISO alpha-3 or alpha-2 code",
    example: "turkiye",
  }),
  region: z.preprocess(
    canonicalRegion,
    z
      .enum(UN_REGIONS, { message: messageKey("validation.filters.chooseOneOf", { values: UN_REGIONS.join(", ") }) })
      .optional()
      .meta({ description: "UN M49 region (matched whatever the case)" }),
  ),
  year: z.preprocess(
    trimmedOrAbsent,
    z
      .string()
      .regex(/^\d{4}$/, { message: messageKey("validation.filters.yearForm") })
      .optional()
      .meta({ description: "Year of the action", example: "2018" }),
  ),
  kind: z.enum(ParticipantKind, { message: messageKey("validation.filters.chooseKind") }).optional(),
  action: z.enum(ActionKind, { message: messageKey("validation.fields.chooseAction") }).optional(),
  sort: z.enum(SIGNATORY_SORTS, { message: messageKey("validation.filters.sort") }).default("name"),
  order: z.enum(SORT_ORDERS, { message: messageKey("validation.filters.order") }).default("asc"),
  asOf: z.preprocess(
    trimmedOrAbsent,
    // z.iso.date() checks the calendar (no 30 February) and is published as `format: date`.
    z.iso
      .date({ error: (issue) => isoDayProblem(issue.input) })
      .optional()
      .meta({
        description:
          "The list as it stood at the end of this day: actions dated on or before it (a month or year counts from its last day); undated actions are left out. Without asOf: the current record, undated actions included.",
        example: "2019-07-15",
      }),
  ),
});

export type SignatoryFilters = z.output<typeof signatoryFiltersSchema>;

export type FilterParseResult =
  | { ok: true; filters: SignatoryFilters }
  | { ok: false; filters: SignatoryFilters; fieldErrors: Partial<Record<keyof SignatoryFilters, string>> };

const FILTER_KEYS = Object.keys(signatoryFiltersSchema.shape) as (keyof SignatoryFilters)[];

/**
 * Reads the filters from a URL query. Empty values mean "no filter"; a bad value is reported by name and
 * dropped, so a page can still show the rest of the list beside the message.
 */
export function parseSignatoryFilters(query: URLSearchParams | Record<string, string | string[] | undefined>): FilterParseResult {
  const raw: Record<string, string | undefined> = {};
  for (const key of FILTER_KEYS) {
    const value = query instanceof URLSearchParams ? query.get(key) : query[key];
    raw[key] = Array.isArray(value) ? value[0] : (value ?? undefined);
  }
  const parsed = signatoryFiltersSchema.safeParse(raw);
  if (parsed.success) return { ok: true, filters: parsed.data };

  const fieldErrors: Partial<Record<keyof SignatoryFilters, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof SignatoryFilters;
    fieldErrors[key] ??= issue.message;
    delete raw[key];
  }
  return { ok: false, filters: signatoryFiltersSchema.parse(raw), fieldErrors };
}

/** The query string for a set of filters, leaving out defaults, so links stay short and stable. */
export function signatoryFiltersToQuery(filters: Partial<SignatoryFilters>): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || (key === "sort" && value === "name") || (key === "order" && value === "asc")) continue;
    query.set(key, String(value));
  }
  return query;
}
