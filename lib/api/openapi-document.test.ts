import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi-document";

// The document states what the server enforces, so that a client generated from it cannot send a value the
// server refuses (e2e/validators/ checks the same against the running server, value by value).

type Parameter = { name: string; in: string; description?: string; schema: Record<string, unknown> };
type Operation = { operationId?: string; parameters?: Parameter[]; responses: Record<string, { description: string }> };

const document = buildOpenApiDocument("https://tracker.example.org") as unknown as {
  info: { license?: { name: string; identifier?: string } };
  servers: { url: string }[];
  security?: unknown[];
  paths: Record<string, { get: Operation }>;
};
const parameter = (path: string, name: string) => document.paths[path]?.get.parameters?.find((p) => p.name === name)?.schema;

describe("the OpenAPI document", () => {
  it("names every operation, the licence, the configured server and that no credentials are needed", () => {
    const ids = Object.values(document.paths).map((item) => item.get.operationId);
    expect(ids).toEqual([
      "listSignatories",
      "listParticipants",
      "getParticipant",
      "getCommitments",
      "listChanges",
      "getLedger",
      "compareRecord",
      "getDataPackage",
    ]);
    expect(document.info.license).toEqual({ name: expect.stringContaining("CC BY 4.0") as string, identifier: "CC-BY-4.0" });
    expect(document.servers).toEqual([{ url: "https://tracker.example.org" }]);
    expect(document.security).toEqual([]);
  });

  it("states the signatory filters' constraints: region enum, year pattern, asOf as a date", () => {
    expect(parameter("/api/v1/signatories", "region")).toMatchObject({
      type: "string",
      enum: ["Africa", "Americas", "Asia", "Europe", "Oceania"],
    });
    expect(parameter("/api/v1/signatories", "year")).toMatchObject({ type: "string", pattern: "^\\d{4}$" });
    expect(parameter("/api/v1/signatories", "asOf")).toMatchObject({ type: "string", format: "date" });
    expect(parameter("/api/v1/signatories", "q")).toMatchObject({ type: "string", maxLength: 100 });
    expect(parameter("/api/v1/signatories", "format")).toMatchObject({ enum: ["json", "csv", "xlsx", "pdf"] });
  });

  it("states the change feed's: limit an integer from 1 to 200, since a date or a date-time", () => {
    expect(parameter("/api/v1/changes", "limit")).toMatchObject({ type: "integer", minimum: 1, maximum: 200 });
    expect(parameter("/api/v1/changes", "since")).toEqual({
      anyOf: [
        { type: "string", format: "date" },
        { type: "string", format: "date-time" },
      ],
      description: expect.any(String) as string,
      example: "2026-01-01T00:00:00Z",
    });
    expect(parameter("/api/v1/participants/{code}", "code")).toMatchObject({ pattern: "^[a-z0-9-]{2,64}$" });
  });

  it("declares lang on every operation: one of the six languages, and its 400", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      expect(parameter(path, "lang"), path).toMatchObject({ type: "string", enum: ["en", "ar", "zh", "fr", "ru", "es"] });
      expect(Object.keys(item.get.responses), path).toContain("400");
      expect(item.get.responses["400"]?.description, path).toContain("`lang`");
    }
    const lang = document.paths["/api/v1/signatories"]?.get.parameters?.find((p) => p.name === "lang");
    expect(lang?.description).toContain("CSV keeps its header row");
  });

  it("documents the error answers of every operation", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      expect(Object.keys(item.get.responses), path).toContain("500");
      if (item.get.parameters?.length) expect(Object.keys(item.get.responses), path).toContain("400");
    }
  });

  // Two schemas given the same id would silently replace one another; the ledger's page once became part of
  // every ledger record that way, making the document recursive (ajv overflowed its stack).
  it("has no component schema that refers back to itself", () => {
    const schemas = (document as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    const refsOf = (value: unknown): string[] =>
      value && typeof value === "object"
        ? Object.entries(value).flatMap(([key, inner]) =>
            key === "$ref" && typeof inner === "string" ? [inner.split("/").at(-1)!] : refsOf(inner),
          )
        : [];
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      refsOf(schemas[from]).some((next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))));
    expect(Object.keys(schemas).filter((name) => reaches(name, name))).toEqual([]);
  });
});
