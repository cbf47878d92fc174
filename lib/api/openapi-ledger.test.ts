import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi-document";

// The routes of the ledger work (issue 15) are in the OpenAPI document with the constraints the server
// enforces, so that a client generated from it refuses what the server refuses.

type Parameter = { name: string; in: string; schema: { pattern?: string; type?: string } };
type Operation = {
  parameters?: Parameter[];
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
};

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument("http://localhost") as unknown as { paths: Record<string, { get: Operation }> };
  const parameter = (path: string, name: string) => document.paths[path]?.get.parameters?.find((p) => p.name === name);

  it("describes the ledger, compare and the data package", () => {
    for (const path of ["/api/v1/ledger", "/api/v1/compare", "/api/v1/datapackage.zip"]) expect(document.paths[path], path).toBeDefined();
    expect(Object.keys(document.paths["/api/v1/datapackage.zip"]!.get.responses["200"]!.content!)).toEqual(["application/zip"]);
  });

  it("states the revision's pattern wherever it is taken, the page size's range, and the version headers", () => {
    for (const path of ["/api/v1/signatories", "/api/v1/datapackage.zip"]) {
      expect(parameter(path, "revision")?.schema.pattern, path).toBe("^[1-9][0-9]{0,14}$");
    }
    expect(parameter("/api/v1/compare", "fromRevision")?.schema.pattern).toBe("^[1-9][0-9]{0,14}$");
    expect(parameter("/api/v1/ledger", "limit")?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 500 });
    expect(Object.keys(document.paths["/api/v1/signatories"]!.get.responses["200"]!.headers!)).toEqual(["Record-Revision", "Ledger-Head"]);
  });
});
