export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each query parameter, as typed: forms show it back even when it is invalid. */
export function firstQueryValues(query: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
