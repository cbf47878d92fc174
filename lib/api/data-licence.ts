// The terms the open data is published under, in one place: the OpenAPI document names them, and so should
// every other machine-readable description of the data (a data package, a feed's rights).
// "You may re-use the data; please cite it" (the /api page) is what CC BY 4.0 says in law.

export const DATA_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  /** SPDX identifier (OpenAPI 3.1 `license.identifier`). */
  identifier: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;
