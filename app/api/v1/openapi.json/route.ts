// GET /api/v1/openapi.json — OpenAPI 3.1 description of the open API, generated from its zod schemas
import { jsonBody, preflight, publicGet } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { siteOrigin } from "@/lib/env";

export const GET = publicGet(() => Promise.resolve(jsonBody(buildOpenApiDocument(siteOrigin()))));

export const OPTIONS = preflight;
