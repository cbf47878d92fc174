import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import {
  apiErrorSchema,
  changesDocumentSchema,
  changesQuerySchema,
  commitmentsDocumentSchema,
  exportOptionsSchema,
  participantCodeSchema,
  participantDetailSchema,
  participantsDocumentSchema,
  participantsQuerySchema,
  signatoriesDocumentSchema,
} from "./schema";
import { DATA_LICENCE } from "./data-licence";

// Built from the schemas the handlers validate and answer with, so the document cannot drift from them.

const serverError = {
  500: {
    description: "Something went wrong on the server (`internal_error`, no details)",
    content: { "application/json": { schema: apiErrorSchema } },
  },
};
const errorResponses = {
  400: { description: "A parameter is not valid; `fields` names each one", content: { "application/json": { schema: apiErrorSchema } } },
  ...serverError,
};
const cachingNote =
  "Sends `Access-Control-Allow-Origin: *` and a weak `ETag`; send it back in `If-None-Match` to get `304 Not Modified` while the record is unchanged.";

/** The document for the site at `origin` (siteOrigin(): NEXTAUTH_URL, or localhost and PORT), its only server. */
export function buildOpenApiDocument(origin: string) {
  const registry = new OpenAPIRegistry();
  // Schemas carrying .meta({ id }) become components/schemas and are referenced by $ref.

  registry.registerPath({
    method: "get",
    path: "/api/v1/signatories",
    operationId: "listSignatories",
    summary: "The published signatories, filtered, as JSON, CSV, XLSX or PDF",
    description: `Same filters as the /signatories page. Without \`asOf\`: the current record, every published action, undated ones included (\`asOf\` is null in the JSON). With \`asOf\`: the list as it stood at the end of that day, undated actions left out, even when the day is today. csv, xlsx and pdf (and json with download=1) come with \`Content-Disposition: attachment\`, named \`signatories-<instrument>-current-<YYYY-MM-DD>.<ext>\` (the day of generation, UTC) or \`signatories-<instrument>-as-of-<asOf>.<ext>\`. ${cachingNote}`,
    request: { query: signatoryFiltersSchema.extend(exportOptionsSchema.shape) },
    responses: {
      200: {
        description: "The list in the requested format",
        content: {
          "application/json": { schema: signatoriesDocumentSchema },
          "text/csv": { schema: z.string().meta({ description: "RFC 4180, UTF-8, header row first" }) },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().meta({ format: "binary" }) },
          "application/pdf": { schema: z.string().meta({ format: "binary" }) },
        },
      },
      304: { description: "Not modified (If-None-Match matched)" },
      ...errorResponses,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/participants",
    operationId: "listParticipants",
    summary: "Every participant with its status towards the instrument",
    description: cachingNote,
    request: { query: participantsQuerySchema },
    responses: {
      200: { description: "Participants by name", content: { "application/json": { schema: participantsDocumentSchema } } },
      304: { description: "Not modified" },
      ...errorResponses,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/participants/{code}",
    operationId: "getParticipant",
    summary: "One participant: its published actions, statements and public history",
    description: cachingNote,
    request: { params: participantCodeSchema },
    responses: {
      200: { description: "The participant's public record", content: { "application/json": { schema: participantDetailSchema } } },
      304: { description: "Not modified" },
      ...errorResponses,
      404: { description: "No participant has this code", content: { "application/json": { schema: apiErrorSchema } } },
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/commitments",
    operationId: "getCommitments",
    summary: "The instrument and its numbered commitments",
    description: cachingNote,
    responses: {
      200: { description: "The commitments in order", content: { "application/json": { schema: commitmentsDocumentSchema } } },
      304: { description: "Not modified" },
      ...serverError,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/changes",
    operationId: "listChanges",
    summary: "Published changes to the record, newest first",
    description: `Pages of at most \`limit\` changes; follow \`next\` (or pass \`nextCursor\` as \`cursor\`) until it is null. ${cachingNote}`,
    request: { query: changesQuerySchema },
    responses: {
      200: { description: "One page of changes", content: { "application/json": { schema: changesDocumentSchema } } },
      304: { description: "Not modified" },
      ...errorResponses,
    },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Code of Conduct Signatory Tracker — open API",
      version: "1.0.0",
      description:
        "Read-only, unauthenticated access to the published record of who signed the Code of Conduct towards Achieving a World Free of Terrorism. Human documentation: /api.",
      license: { name: DATA_LICENCE.name, identifier: DATA_LICENCE.identifier },
    },
    servers: [{ url: origin }],
    // Open to all: no operation needs credentials (an empty requirement list says so explicitly).
    security: [],
  });
}
