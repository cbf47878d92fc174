import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

// The served OpenAPI document as a validator: which operation a request is, whether the document allows
// its parameters, and whether an answer matches the response the document gives for its status and media
// type. Schemas are compiled by ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) in strict mode, so a
// keyword the generator invents fails loudly instead of being ignored.

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: "query" | "path" | "header" | "cookie"; required?: boolean; schema: Schema };
type MediaTypes = Record<string, { schema?: Schema }>;
type Operation = { operationId: string; parameters?: Parameter[]; responses: Record<string, { content?: MediaTypes }> };
export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; license?: { name: string; identifier?: string } };
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
};

export type MatchedOperation = { template: string; operation: Operation; pathParameters: Record<string, string> };
export type Problem = string;

function pathPattern(template: string): RegExp {
  const source = template.replace(/[.]/g, "\\.").replace(/\{([^}]+)\}/g, "(?<$1>[^/]+)");
  return new RegExp(`^${source}$`);
}

/** A query value as a generated client would have serialised it: integers and numbers as their digits. */
function typedValue(schema: Schema, raw: string): unknown {
  const isNumeric = schema.type === "integer" || schema.type === "number";
  return isNumeric && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
}

export class OpenApiContract {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true });
  private readonly compiled = new Map<Schema, ValidateFunction>();

  private constructor(readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    // OpenAPI 3.1 allows `example` beside the JSON Schema keywords.
    this.ajv.addKeyword({ keyword: "example", schemaType: ["string", "number", "boolean", "object", "array", "null"] });
    // And `discriminator` on a tagged union (zod's discriminatedUnion): a hint for client generators. The
    // union's oneOf still has to match exactly one branch (ajv's own discriminator support has no `mapping`).
    this.ajv.addKeyword({ keyword: "discriminator", schemaType: "object" });
  }

  /** Validates the document (OpenAPI 3.1 schema and semantics) and resolves every $ref. */
  static async load(document: OpenApiDocument): Promise<OpenApiContract> {
    await SwaggerParser.validate(structuredClone(document) as never);
    const dereferenced = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as OpenApiDocument;
    return new OpenApiContract(dereferenced);
  }

  operations(): MatchedOperation[] {
    return Object.entries(this.document.paths).map(([template, item]) => ({ template, operation: item.get, pathParameters: {} }));
  }

  /** The operation a GET of this URL is, or undefined when the document has no such path. */
  match(url: URL): MatchedOperation | undefined {
    for (const [template, item] of Object.entries(this.document.paths)) {
      const found = pathPattern(template).exec(url.pathname);
      if (found) {
        const pathParameters = Object.fromEntries(
          Object.entries(found.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]),
        );
        return { template, operation: item.get, pathParameters };
      }
    }
    return undefined;
  }

  private validator(schema: Schema): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) this.compiled.set(schema, (validate = this.ajv.compile(schema)));
    return validate;
  }

  private problemsOf(schema: Schema, value: unknown, where: string): Problem[] {
    const validate = this.validator(schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? error.keyword}`);
  }

  /** What the document says is wrong with this request's parameters, by parameter name (empty: allowed). */
  parameterProblems(matched: MatchedOperation, url: URL): Record<string, Problem[]> {
    const problems: Record<string, Problem[]> = {};
    const declared = matched.operation.parameters ?? [];
    for (const name of url.searchParams.keys()) {
      if (!declared.some((parameter) => parameter.in === "query" && parameter.name === name))
        problems[name] = [`${name} is not a parameter`];
    }
    for (const parameter of declared) {
      const raw = parameter.in === "path" ? matched.pathParameters[parameter.name] : (url.searchParams.get(parameter.name) ?? undefined);
      if (raw === undefined) {
        if (parameter.required) problems[parameter.name] = [`${parameter.name} is required`];
        continue;
      }
      const found = this.problemsOf(parameter.schema, typedValue(parameter.schema, raw), parameter.name);
      if (found.length) problems[parameter.name] = found;
    }
    return problems;
  }

  /** What is wrong with an answer against the document: an undocumented status or media type, or a body off its schema. */
  responseProblems(matched: MatchedOperation, status: number, contentType: string | undefined, body: Buffer): Problem[] {
    const response = matched.operation.responses[String(status)];
    if (!response) return [`status ${status} is not documented for ${matched.template}`];
    if (!response.content) return body.length === 0 ? [] : [`status ${status} is documented without a body, but one was sent`];
    const mediaType = contentType?.split(";")[0]?.trim() ?? "";
    const media = response.content[mediaType];
    if (!media) return [`${mediaType || "no content type"} is not documented for ${status} of ${matched.template}`];
    if (mediaType !== "application/json" || !media.schema) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      return ["the body is not JSON"];
    }
    return this.problemsOf(media.schema, parsed, "body");
  }
}
