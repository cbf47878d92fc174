import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileValue, INJECTION_PAYLOADS, PROPERTY_RUNS } from "@/tests/hostile-input";
import { parseSignatoryFilters, signatoryFiltersSchema, signatoryFiltersToQuery, type SignatoryFilters } from "./signatory-filters";
import { messageTranslator } from "@/lib/i18n/translate-message";

// The public list's URL filters reach every visitor's query string unfiltered: whatever a link carries,
// parsing never throws, always yields filters the schema accepts, and reports each bad value by name.

const FILTER_KEYS = Object.keys(signatoryFiltersSchema.shape) as (keyof SignatoryFilters)[];
const DEFAULTS: Partial<SignatoryFilters> = { sort: "name", order: "asc" };

const plausibleValues: Record<keyof SignatoryFilters, string[]> = {
  q: ["kaz", "Saint Vincent", "  "],
  region: ["Asia", "asia", "EUROPE", "Atlantis"],
  year: ["2018", "18", "20189"],
  kind: ["state", "organization", "person"],
  action: ["signature", "accession", "withdrawal", "ratification"],
  sort: ["name", "date", "id"],
  order: ["asc", "desc", "up"],
  asOf: ["2019-07-15", "2019-02-30", "yesterday"],
};

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FILTER_KEYS) },
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "Q", "q[]"),
);
const textValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...INJECTION_PAYLOADS),
  fc.integer({ min: 0, max: 50_000 }).map((n) => "ü".repeat(n)),
);
const valueFor = (name: string) =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom(...(Object.hasOwn(plausibleValues, name) ? plausibleValues[name as keyof SignatoryFilters] : [""])),
    },
    textValue,
  );

const searchParams = fc
  .array(
    key.chain((name) => fc.tuple(fc.constant(name), valueFor(name))),
    { maxLength: 12 },
  )
  .map((pairs) => new URLSearchParams(pairs));
/** Next's `searchParams` prop: a value, a repeated value (array) or nothing — and, from a buggy caller, anything. */
const recordQuery = fc.dictionary(key, fc.oneof(textValue, fc.array(textValue, { maxLength: 3 }), fc.constant(undefined), hostileValue), {
  maxKeys: 10,
});

describe("public signatory filters under hostile URLs", () => {
  it("never throw, always return filters the schema accepts, and name each bad field (dropping only its value)", () => {
    const tally = { accepted: 0, refused: 0, keptAFilter: 0 };
    fc.assert(
      fc.property(fc.oneof(searchParams, recordQuery), (query) => {
        const result = parseSignatoryFilters(query as URLSearchParams | Record<string, string | string[] | undefined>);
        // Valid for the schema, and stable: the filters survive a round trip through a shareable URL.
        const reparsed = signatoryFiltersSchema.safeParse(
          Object.fromEntries(Object.entries(result.filters).map(([k, v]) => [k, v === undefined ? undefined : String(v)])),
        );
        expect(reparsed.success).toBe(true);
        // (A URL cannot carry a lone UTF-16 surrogate: serialising one writes U+FFFD, as a browser would.)
        const shareable = { ...result.filters, q: result.filters.q?.toWellFormed() };
        expect(parseSignatoryFilters(signatoryFiltersToQuery(result.filters))).toEqual({ ok: true, filters: shareable });
        if (result.filters.q !== undefined) expect(result.filters.q.length).toBeLessThanOrEqual(100);
        const kept = FILTER_KEYS.filter((field) => result.filters[field] !== undefined && result.filters[field] !== DEFAULTS[field]);
        if (kept.length > 0) tally.keptAFilter++;
        if (result.ok) {
          tally.accepted++;
          return;
        }
        tally.refused++;
        const named = Object.keys(result.fieldErrors) as (keyof SignatoryFilters)[];
        expect(named.length).toBeGreaterThan(0);
        for (const field of named) {
          expect(FILTER_KEYS).toContain(field);
          expect(result.fieldErrors[field]!.length).toBeGreaterThan(0);
          expect(result.filters[field]).toBe(DEFAULTS[field]);
        }
      }),
      { numRuns: PROPERTY_RUNS * 3 },
    );
    // Floors, about half of the fewest seen in a run of 3,000 (779 accepted, 2,195 refused, 1,129 keeping a
    // filter): a parser that refused or dropped everything would fail here.
    expect(tally.accepted).toBeGreaterThanOrEqual(400);
    expect(tally.refused).toBeGreaterThanOrEqual(1000);
    expect(tally.keptAFilter).toBeGreaterThanOrEqual(550);
  });

  it("keep a valid filter beside an invalid one", async () => {
    const english = await messageTranslator("en");
    fc.assert(
      fc.property(
        fc.constantFrom("Africa", "americas", "ASIA"),
        textValue.filter((value) => !/^\s*\d{4}\s*$/.test(value) && value.trim() !== ""),
        (region, year) => {
          const result = parseSignatoryFilters(new URLSearchParams({ region, year }));
          expect(result.ok).toBe(false);
          expect(result.ok ? null : english(result.fieldErrors.year ?? "")).toBe("Write the year with four digits, e.g. 2018");
          expect(result.filters.region?.toLowerCase()).toBe(region.toLowerCase());
          expect(result.filters.year).toBeUndefined();
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
