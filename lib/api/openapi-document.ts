import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { signatoryFiltersSchema } from "@/lib/signatories/signatory-filters";
import { IMMUTABLE_CACHE_CONTROL } from "./http";
import { revisionSchema } from "@/lib/ledger/revision-parameter";
import { compareQuerySchema } from "@/lib/compare/compare-query";
import { compareDocumentSchema } from "./compare-schema";
import {
  apiErrorSchema,
  ledgerDocumentSchema,
  ledgerQuerySchema,
  changesDocumentSchema,
  changesQuerySchema,
  commitmentsDocumentSchema,
  exportLangQuerySchema,
  exportOptionsSchema,
  langQuerySchema,
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
  400: {
    description:
      "A parameter is not valid — `lang` included, when it is not one of ar, zh, en, fr, ru, es; `fields` names each one. Messages are in the language of `lang`, else of `Accept-Language`, else English (`Vary: Accept-Language`)",
    content: { "application/json": { schema: apiErrorSchema } },
  },
  ...serverError,
};
const revisionNotFound = {
  404: {
    description: "A well-formed revision the ledger does not hold (before its first revision or after the current one)",
    content: { "application/json": { schema: apiErrorSchema } },
  },
};
const ledgerHeaders = {
  "Record-Revision": { description: "The record revision the response shows", schema: { type: "integer" as const, minimum: 0 } },
  "Ledger-Head": {
    description: "Hash of the last ledger entry at that revision",
    schema: { type: "string" as const, pattern: "^[0-9a-f]{64}$" },
  },
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
    summary: "The published signatories, filtered, as JSON, CSV, XLSX or PDF; now or at a past revision",
    description: `Same filters as the /signatories page. Without \`asOf\`: the current record, every published action, undated ones included (\`asOf\` is null in the JSON). With \`asOf\`: the list as it stood at the end of that day, undated actions left out, even when the day is today. \`revision=N\` gives the list exactly as published at revision N (rebuilt from the ledger; sent with \`Cache-Control: ${IMMUTABLE_CACHE_CONTROL}\`). Every format carries the \`Record-Revision\` and \`Ledger-Head\` headers. csv, xlsx and pdf (and json with download=1) come with \`Content-Disposition: attachment\`, named \`signatories-<instrument>-current-<YYYY-MM-DD>.<ext>\` (the day of generation, UTC) or \`signatories-<instrument>-as-of-<asOf>.<ext>\`, with \`-revision-<N>\` after the instrument for a past revision. ${cachingNote}`,
    request: {
      query: signatoryFiltersSchema
        .extend(exportOptionsSchema.shape)
        .extend({ revision: revisionSchema.optional() })
        .extend(exportLangQuerySchema.shape),
    },
    responses: {
      200: {
        description: "The list in the requested format",
        headers: ledgerHeaders,
        content: {
          "application/json": { schema: signatoriesDocumentSchema },
          "text/csv": { schema: z.string().meta({ description: "RFC 4180, UTF-8, header row first" }) },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().meta({ format: "binary" }) },
          "application/pdf": { schema: z.string().meta({ format: "binary" }) },
        },
      },
      304: { description: "Not modified (If-None-Match matched)" },
      ...errorResponses,
      ...revisionNotFound,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/participants",
    operationId: "listParticipants",
    summary: "Every participant with its status towards the instrument",
    description: cachingNote,
    request: { query: participantsQuerySchema.extend(langQuerySchema.shape) },
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
    request: { params: participantCodeSchema, query: langQuerySchema },
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
    request: { query: langQuerySchema },
    responses: {
      200: { description: "The commitments in order", content: { "application/json": { schema: commitmentsDocumentSchema } } },
      304: { description: "Not modified" },
      ...errorResponses,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/changes",
    operationId: "listChanges",
    summary: "Published changes to the record, newest first",
    description: `Pages of at most \`limit\` changes; follow \`next\` (or pass \`nextCursor\` as \`cursor\`) until it is null. ${cachingNote}`,
    request: { query: changesQuerySchema.extend(langQuerySchema.shape) },
    responses: {
      200: { description: "One page of changes", content: { "application/json": { schema: changesDocumentSchema } } },
      304: { description: "Not modified" },
      ...errorResponses,
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/ledger",
    operationId: "getLedger",
    summary: "The tamper-evident ledger of public changes, oldest first",
    description: `Each entry's \`hash\` is the SHA-256 of the RFC 8785 canonical JSON of the entry without \`hash\`, and holds the previous entry's hash: recompute them to check that the history was not rewritten (procedure: /api and docs/ledger.md). Follow \`next\` until it is null. ${cachingNote}`,
    request: { query: ledgerQuerySchema.extend(langQuerySchema.shape) },
    responses: {
      200: {
        description: "One page of entries",
        headers: ledgerHeaders,
        content: { "application/json": { schema: ledgerDocumentSchema } },
      },
      304: { description: "Not modified" },
      ...errorResponses,
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/compare",
    operationId: "compareRecord",
    summary: "Compare two days, or two versions of the record",
    description: `Either \`from\` and \`to\` (two days: who joined and who withdrew in between, the signatories on each day by region; \`revision\` to compare them in a past version), or \`fromRevision\` and optionally \`toRevision\` (what was added, removed and changed, and every ledger entry in between). ${cachingNote}`,
    request: { query: compareQuerySchema.extend(langQuerySchema.shape) },
    responses: {
      200: { description: "The comparison", content: { "application/json": { schema: compareDocumentSchema } } },
      304: { description: "Not modified" },
      ...errorResponses,
      ...revisionNotFound,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/datapackage.zip",
    operationId: "getDataPackage",
    summary: "The published record as a Frictionless Data Package (ZIP)",
    description: `datapackage.json (table schemas), signatories.csv, participants.csv, commitments.csv, statements.csv, ledger.csv and ledger.json, a README and the citation, for the current revision or \`revision=N\` (then sent with \`Cache-Control: ${IMMUTABLE_CACHE_CONTROL}\`). Rebuilt from the ledger. ${cachingNote}`,
    request: { query: z.object({ revision: revisionSchema.optional() }).extend(langQuerySchema.shape) },
    responses: {
      200: {
        description: "The data package",
        headers: ledgerHeaders,
        content: { "application/zip": { schema: z.string().meta({ format: "binary" }) } },
      },
      304: { description: "Not modified" },
      ...errorResponses,
      ...revisionNotFound,
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
