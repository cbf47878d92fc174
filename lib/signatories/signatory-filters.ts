import { z } from "zod";
import { ActionKind, ParticipantKind } from "@/generated/prisma/enums";
import { partialDateProblem } from "@/lib/dates/partial-date";

// The filters of the public list, shared by /signatories, /api/v1/signatories and every export: the URL
// query is the contract, so a filtered view can be bookmarked, shared and downloaded.

export const SIGNATORY_SORTS = ["name", "date"] as const;
export const SORT_ORDERS = ["asc", "desc"] as const;
export const UN_REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;

// An empty query value means "no filter": a GET form sends every field, filled or not.
const blankToUndefined = (value: string | undefined) => (value ? value : undefined);

/** A trimmed query value for a further check (piped), or undefined when blank. */
const blankAsUndefined = z.string().trim().optional().transform(blankToUndefined);

// The length is checked before the transform so that the OpenAPI document can state it (maxLength).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Use at most ${max} characters` })
    .optional()
    .transform(blankToUndefined);

export const signatoryFiltersSchema = z.object({
  q: optionalText(100),
  region: blankAsUndefined.pipe(
    z
      .string()
      .transform((value) => UN_REGIONS.find((region) => region.toLowerCase() === value.toLowerCase()) ?? value)
      .pipe(z.enum(UN_REGIONS, { message: `Choose one of: ${UN_REGIONS.join(", ")}` }))
      .optional(),
  ),
  year: blankAsUndefined.pipe(
    z
      .string()
      .regex(/^\d{4}$/, { message: "Write the year with four digits, e.g. 2018" })
      .optional(),
  ),
  kind: z.enum(ParticipantKind, { message: "Choose state or organization" }).optional(),
  action: z.enum(ActionKind, { message: "Choose signature, accession or withdrawal" }).optional(),
  sort: z.enum(SIGNATORY_SORTS, { message: "Sort by name or date" }).default("name"),
  order: z.enum(SORT_ORDERS, { message: "Order asc or desc" }).default("asc"),
  asOf: blankAsUndefined.pipe(
    z
      .string()
      .superRefine((value, ctx) => {
        // Say what is wrong: the shape, or a month or day that does not exist.
        const problem = /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? partialDateProblem(value, "day")
          : "Write the date as YYYY-MM-DD, e.g. 2019-07-15";
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
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
