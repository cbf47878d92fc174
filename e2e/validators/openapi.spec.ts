import { join } from "node:path";
import { E2E_BASE_URL } from "../e2e-settings";
import { expect, test } from "../fixtures";
import { clearParticipant, publishSignature } from "../open-data-data";
import { OpenApiContract, type OpenApiDocument } from "./openapi-contract";
import { API_REQUESTS, PARAMETER_CONTEXT, PARAMETER_SAMPLES } from "./targets";
import { runTool, saveToTemporaryFile } from "./tools";

// The OpenAPI document checked by two independent validators (swagger-parser, Redocly), then used as the
// contract every answer of the running server is checked against with ajv: successes, errors, 304s, and
// for each parameter value whether the server and the document agree on what is allowed.

const REDOCLY = join(process.cwd(), "node_modules/.bin/redocly");
const REDOCLY_CONFIG = join(process.cwd(), "e2e/validators/redocly.yaml");

async function loadContract(request: { get: (url: string) => Promise<{ json: () => Promise<unknown> }> }) {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApiDocument;
  return { document, contract: await OpenApiContract.load(document) };
}

test.describe("the OpenAPI document and the API against it", () => {
  test.beforeAll(async ({ db }) => {
    // A row of the validators' own: text that needs escaping, and an evidence URL as an editor stored it.
    await publishSignature(db, "col", {
      place: 'Bogotá, "Palacio de San Carlos" <b>',
      signerName: '=HYPERLINK("http://x")',
      evidenceUrl: "https://example.org/col%C3%B3mbia?a=1",
    });
  });
  test.afterAll(async ({ db }) => {
    await clearParticipant(db, "col");
  });

  test("is valid OpenAPI 3.1 for swagger-parser and Redocly, names its server, licence and operations", async ({ request }) => {
    const { document } = await loadContract(request); // swagger-parser validates while loading
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: E2E_BASE_URL }]);
    expect(document.info.license?.identifier).toBe("CC-BY-4.0");
    const operationIds = Object.values(document.paths).map((item) => item.get.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length);

    const file = saveToTemporaryFile("openapi.json", JSON.stringify(document));
    const lint = runTool(REDOCLY, ["lint", file, "--config", REDOCLY_CONFIG, "--format", "json"], {
      timeout: 120_000,
      env: { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" }, // offline, and nothing sent anywhere
    });
    const report = JSON.parse(lint.stdout || "{}") as { problems?: { severity: string; ruleId: string; message: string }[] };
    expect(report.problems?.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message}`)).toEqual([]);
    expect(lint.status, lint.stderr).toBe(0);
  });

  test("every answer matches the document: status, media type and body, for successes, errors and 304s", async ({ request }) => {
    const { contract } = await loadContract(request);
    const covered = new Set<string>();
    const check = async (path: string, headers: Record<string, string> = {}) => {
      const url = new URL(path, E2E_BASE_URL);
      const matched = contract.match(url);
      if (!matched) throw new Error(`${path} is not in the OpenAPI document`);
      const response = await request.get(path, { headers });
      const body = await response.body();
      expect(contract.responseProblems(matched, response.status(), response.headers()["content-type"], body), path).toEqual([]);
      covered.add(matched.operation.operationId);
      return { response, body };
    };

    for (const path of API_REQUESTS) {
      const { response, body } = await check(path);
      const etag = response.headers()["etag"];
      if (response.status() === 200 && etag) expect((await check(path, { "If-None-Match": etag })).response.status(), path).toBe(304);
      // Follow the change feed's next page: a cursor the server handed out.
      if (path.startsWith("/api/v1/changes") && response.status() === 200) {
        const next = (JSON.parse(body.toString("utf8")) as { next: string | null }).next;
        if (next) expect((await check(next)).response.status(), next).toBe(200);
      }
    }
    const operations = contract.operations().map(({ operation }) => operation.operationId);
    expect(
      operations.filter((id) => !covered.has(id)),
      "operations with no request in targets.ts",
    ).toEqual([]);
  });

  test("a value the document allows is never refused, and a refusal names a value the document refuses too", async ({ request }) => {
    const { contract } = await loadContract(request);
    const lenient: string[] = [];
    for (const { template, operation } of contract.operations()) {
      const samples = PARAMETER_SAMPLES[operation.operationId];
      expect(samples, `PARAMETER_SAMPLES has no line for ${operation.operationId}`).toBeDefined();
      for (const parameter of operation.parameters ?? []) {
        const values = samples?.[parameter.name];
        expect(values?.length, `no sample values for ${operation.operationId} ${parameter.name}`).toBeGreaterThan(0);
        for (const value of values ?? []) {
          // Other path parameters take their first (valid) sample: getParticipant's lang is tried on /participants/kaz.
          const filled = (path: string) =>
            path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(samples?.[name]?.[0] ?? name));
          const path =
            parameter.in === "path"
              ? filled(template.replace(`{${parameter.name}}`, encodeURIComponent(value)))
              : `${filled(template)}?${new URLSearchParams({ ...PARAMETER_CONTEXT[operation.operationId]?.[parameter.name], [parameter.name]: value }).toString()}`;
          const url = new URL(path, E2E_BASE_URL);
          const matched = contract.match(url)!;
          const documentProblems = contract.parameterProblems(matched, url);
          const response = await request.get(path);
          const label = `${operation.operationId} ${parameter.name}=${JSON.stringify(value)} → ${response.status()}`;
          expect(
            contract.responseProblems(matched, response.status(), response.headers()["content-type"], await response.body()),
            label,
          ).toEqual([]);
          if (Object.keys(documentProblems).length === 0) {
            expect(response.status(), `${label}: the document allows it`).not.toBe(400);
          } else if (response.status() === 400) {
            const fields = ((await response.json()) as { error: { fields: Record<string, string> } }).error.fields;
            expect(Object.keys(fields), label).toEqual([parameter.name]);
            expect(Object.keys(documentProblems), label).toContain(parameter.name);
          } else {
            lenient.push(label); // the server is kinder than its contract (region=asia, blank values): allowed
          }
        }
      }
    }
    // The kinder cases are the known ones: a region in any case, and blank filters (a GET form sends every field).
    for (const label of lenient) expect(label).toMatch(/region="asia"|="" → 200/);
  });
});
