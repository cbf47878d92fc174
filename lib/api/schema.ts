import { z } from "zod";
import {
  ActionKind,
  DatePrecision,
  EvidenceFormat,
  EvidenceKind,
  ParticipantKind,
  StatementKind,
  UnStatus,
  VerificationLevel,
} from "@/generated/prisma/enums";
import { EXPORT_FORMATS } from "@/lib/exports/export-filename";
import { LEDGER_ENTITY_TYPES, LEDGER_KINDS } from "@/lib/ledger/ledger-kinds";
import { PARTICIPANT_STATUSES } from "@/lib/participants/participant-status";
import { LOCALES } from "@/lib/i18n/locales";
import { messageKey } from "@/lib/i18n/message-key";
import { publicValues } from "./public-names";

// The open API's contract: the handlers validate queries and shape responses with these schemas, and
// /api/v1/openapi.json is generated from the very same objects (see lib/api/openapi-document.ts).
// `.meta({ id })` names a schema in the document's components. Enum values come from the Prisma schema.

// Formats (date, date-time, uri) rather than bare strings, so that a client and a validator know what each
// value is; the response validators in e2e/validators check every response against them.
export const isoDay = z.iso.date().meta({ example: "2018-09-28" });
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable()
  .meta({ description: "YYYY, YYYY-MM or YYYY-MM-DD according to datePrecision; null when unknown", example: "2018-09-28" });
export const instant = z.iso.datetime().meta({ example: "2026-11-28T09:30:00.000Z" });
/** An absolute http(s) address: stored URLs are normalised (lib/validation/fields.ts), so always valid. */
const webAddress = z.url({ protocol: /^https?$/ });

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(["invalid_parameters", "not_found", "internal_error"]),
      message: z.string(),
      fields: z.record(z.string(), z.string()).meta({ description: "Problem per query parameter; empty when not about a parameter" }),
    }),
  })
  .meta({ id: "Error", description: "Every failure has this shape (400 bad parameters, 404 unknown participant)" });
export type ApiError = z.infer<typeof apiErrorSchema>;

export const instrumentSummarySchema = z
  .object({ slug: z.string().meta({ example: "code-of-conduct-2018" }), title: z.string(), openedOn: isoDay })
  .meta({ id: "Instrument" });

// ---------------------------------------------------------------- signatories

const participantFields = {
  code: z.string().meta({ description: "Lower-case ISO alpha-3 for states, a slug for organisations", example: "kaz" }),
  iso2: z.string().nullable().meta({ example: "KZ" }),
  iso3: z.string().nullable().meta({ example: "KAZ" }),
  name: z.string().meta({ example: "Kazakhstan" }),
  kind: z.enum(ParticipantKind),
  unStatus: z.enum(UnStatus).nullable(),
  region: z.string().nullable().meta({ description: "UN M49 region; null for organisations", example: "Asia" }),
  subregion: z.string().nullable().meta({ example: "Central Asia" }),
};

/** The participant's fields in every participant shape of the API: the participant list selects exactly these. */
export const PARTICIPANT_SUMMARY_FIELDS = Object.keys(participantFields) as (keyof typeof participantFields)[];

/** An action as the open data publishes it; a participant's page adds its evidence description and notes. */
const publicActionFields = {
  action: z.enum(ActionKind),
  date: partialDate,
  datePrecision: z.enum(DatePrecision),
  place: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  verification: z.enum(publicValues(VerificationLevel)),
  evidenceUrl: webAddress.nullable(),
  documentSymbol: z.string().nullable(),
};

export const signatoryItemSchema = z
  .object({ ...participantFields, ...publicActionFields })
  .omit({ unStatus: true })
  .meta({ id: "SignatoryItem", description: "One published action (signature, accession or withdrawal) of one participant" });
export type SignatoryItem = z.infer<typeof signatoryItemSchema>;

/** A list's envelope: the instrument it is about, when it was generated, how many items, the items. */
function listDocumentFields<Item extends z.ZodType>(item: Item) {
  return { instrument: instrumentSummarySchema, generatedAt: instant, count: z.int(), items: z.array(item) };
}

export const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({ description: "SHA-256, lower-case hex", example: "3f5d0c1e9a7b2468ace013579bdf2468ace013579bdf2468ace013579bdf2468" });

/** Which version of the record a document holds, and how to cite it (docs/ledger.md). */
export const recordVersionSchema = z
  .object({
    revision: z.int().min(0).meta({ description: "The record revision: the version of the public record this document shows" }),
    ledgerHead: sha256Hex
      .nullable()
      .meta({ description: "Hash of the last ledger entry at this revision; null before anything was published" }),
    url: z.string().meta({ format: "uri", description: "Permanent URL of this version (carries ?revision=N)" }),
    citation: z.string().meta({ description: "Suggested citation in plain text" }),
  })
  .meta({ id: "RecordVersion" });

export const signatoriesDocumentSchema = z
  .object({
    ...listDocumentFields(signatoryItemSchema),
    asOf: isoDay.nullable().meta({
      description:
        "The asOf filter: the list as it stood at the end of that day (undated actions left out). null without asOf: the current record as at generatedAt, undated actions included.",
    }),
    version: recordVersionSchema,
  })
  .meta({ id: "SignatoriesDocument" });
export type SignatoriesDocument = z.infer<typeof signatoriesDocumentSchema>;

export const exportOptionsSchema = z.object({
  format: z
    .enum(EXPORT_FORMATS, { message: messageKey("api.problems.chooseOneOf", { values: EXPORT_FORMATS.join(", ") }) })
    .default("json")
    .meta({ description: "json (default, inline), csv, xlsx or pdf (always downloads)" }),
  download: z
    .enum(["0", "1"], { message: messageKey("api.problems.download") })
    .optional()
    .meta({ description: "1 sends the JSON as an attachment too; csv, xlsx and pdf always are" }),
});

/**
 * `lang` on every endpoint (lib/api/http.ts checks it before anything else): the language of error messages,
 * and on /api/v1/signatories of the names, headings and dates of the export too.
 */
export const langParameter = (description: string) => z.object({ lang: z.enum(LOCALES).optional().meta({ description }) });
const ERRORS_LANGUAGE = "ar, zh, en, fr, ru or es: the language of error messages (without it: Accept-Language, else English)";
export const langQuerySchema = langParameter(ERRORS_LANGUAGE);
export const exportLangQuerySchema = langParameter(
  "ar, zh, en, fr, ru or es: participants' names, the XLSX and PDF headings and the dates in that language (English without it); the CSV keeps its header row and codes. Error messages follow it too (without it: Accept-Language, else English)",
);

// ---------------------------------------------------------------- participants

export const participantsQuerySchema = z.object({
  kind: z.enum(ParticipantKind, { message: messageKey("api.problems.kind") }).optional(),
  status: z
    .enum(PARTICIPANT_STATUSES, { message: messageKey("api.problems.chooseOneOf", { values: PARTICIPANT_STATUSES.join(", ") }) })
    .optional(),
});

const actionSummarySchema = z
  .object({ action: publicActionFields.action, date: partialDate, datePrecision: publicActionFields.datePrecision })
  .meta({ id: "ActionSummary" });

/** The action's fields in the participant list. */
export const ACTION_SUMMARY_FIELDS = Object.keys(actionSummarySchema.shape) as (keyof typeof actionSummarySchema.shape)[];

export const participantSummarySchema = z
  .object({
    ...participantFields,
    status: z.enum(PARTICIPANT_STATUSES),
    actions: z.array(actionSummarySchema),
    url: webAddress.meta({ description: "The participant's public page" }),
  })
  .meta({ id: "ParticipantSummary" });

export const participantsDocumentSchema = z.object(listDocumentFields(participantSummarySchema)).meta({ id: "ParticipantsDocument" });
export type ParticipantsDocument = z.infer<typeof participantsDocumentSchema>;

export const participantCodeSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9-]{2,64}$/, { message: messageKey("api.problems.participantCode") })
    .meta({ example: "kaz" }),
});

const documentRecordSchema = z
  .object({
    kind: z.enum(publicValues(EvidenceKind)),
    sha256: sha256Hex.meta({ description: "SHA-256 of the file served at /evidence/<sha256>" }),
    fileName: z.string(),
    format: z.enum(publicValues(EvidenceFormat)),
    byteSize: z.int().min(0),
  })
  .meta({ id: "EvidenceDocumentRecord", description: "A public evidence document, downloadable from /evidence/<sha256>" });

const verificationBasisSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("document"), document: documentRecordSchema }),
    z.object({ type: z.literal("restricted-document"), kind: z.enum(publicValues(EvidenceKind)) }),
    z.object({ type: z.literal("cited-source") }),
    z.object({ type: z.literal("nothing-recorded") }),
  ])
  .meta({ id: "VerificationBasis", description: "What the verification level rests on, as the participant's page says" });

export const participantDetailSchema = z
  .object({
    instrument: instrumentSummarySchema,
    generatedAt: instant,
    participant: z.object({
      ...participantFields,
      commonName: z.string().nullable(),
      formalName: z.string().nullable(),
      isoNumeric: z.string().nullable(),
    }),
    status: z.enum(PARTICIPANT_STATUSES),
    url: webAddress,
    actions: z.array(
      z.object({
        ...publicActionFields,
        evidenceDescription: z.string().nullable(),
        notes: z.string().nullable(),
        documents: z.array(documentRecordSchema),
        verificationBasis: verificationBasisSchema,
      }),
    ),
    statements: z.array(
      z.object({
        kind: z.enum(publicValues(StatementKind)),
        text: z.string(),
        madeOn: isoDay.nullable(),
        sourceUrl: webAddress.nullable(),
        commitmentNumbers: z.array(z.int()),
        documents: z.array(documentRecordSchema),
      }),
    ),
    history: z.array(
      z.object({
        at: instant,
        actorName: z.string().meta({ description: "Display name of the editor or import; never an email" }),
        action: z.string().meta({ example: "signature.update" }),
        reason: z.string().nullable(),
        changedFields: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: "ParticipantDetail" });
export type ParticipantDetail = z.infer<typeof participantDetailSchema>;

// ---------------------------------------------------------------- commitments

export const commitmentsDocumentSchema = z
  .object({
    instrument: instrumentSummarySchema.extend({ place: z.string(), initiator: z.string(), summary: z.string() }),
    count: z.int(),
    items: z.array(
      z.object({
        number: z.int(),
        text: z.string(),
        points: z.array(z.object({ position: z.int(), text: z.string() })),
      }),
    ),
  })
  .meta({ id: "CommitmentsDocument" });
export type CommitmentsDocument = z.infer<typeof commitmentsDocumentSchema>;

// ---------------------------------------------------------------- changes

export const CHANGES_PAGE_SIZE = { default: 50, max: 200 } as const;

const TIME_HINT = messageKey("api.problems.since");

/** "5" → 5, so that `limit` is an integer in the contract; anything else is left for the schema to refuse. */
const wholeNumberText = (value: unknown) => (typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : value);

/** Numbers as text: a page size is "200" in every language, a sequence number is not to be grouped. */
const wholeNumberProblem = (range: { min: number; max: number }) =>
  messageKey("api.problems.wholeNumber", { min: String(range.min), max: String(range.max) });

/** A whole-number query parameter from min to max: an integer in the contract, one message for every refusal. */
const wholeNumberParameter = (description: string, range: { min: number; max: number }) => {
  const error = wholeNumberProblem(range);
  return z.preprocess(
    wholeNumberText,
    z.int({ error }).min(range.min, { error }).max(range.max, { error }).optional().meta({ description }),
  );
};

export const changesQuerySchema = z.object({
  // Both forms are checked against the calendar: 2026-02-30 is refused, not read as 2 March.
  since: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: TIME_HINT })
    .optional()
    .meta({
      description: "Only changes made at or after this time: a date (midnight UTC) or an RFC 3339 time",
      example: "2026-01-01T00:00:00Z",
    }),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, { message: messageKey("api.problems.cursor") })
    .optional()
    .meta({ description: "nextCursor of the previous page" }),
  limit: z.preprocess(
    wholeNumberText,
    z
      .int({ error: wholeNumberProblem({ min: 1, max: CHANGES_PAGE_SIZE.max }) })
      .min(1, { error: wholeNumberProblem({ min: 1, max: CHANGES_PAGE_SIZE.max }) })
      .max(CHANGES_PAGE_SIZE.max, { error: wholeNumberProblem({ min: 1, max: CHANGES_PAGE_SIZE.max }) })
      .optional()
      .meta({ description: `Page size (default ${CHANGES_PAGE_SIZE.default})` }),
  ),
});

export const changeItemSchema = z
  .object({
    id: z.string().meta({ description: "Identifier of the change (stable)" }),
    at: instant,
    action: z.string().meta({ example: "signature.update" }),
    entityType: z.string().meta({ example: "signature" }),
    participant: z.object({ code: z.string(), name: z.string(), url: webAddress }).nullable(),
    actorName: z.string(),
    reason: z.string().nullable(),
    changedFields: z.array(z.string()),
  })
  .meta({ id: "Change" });

export const changesDocumentSchema = z
  .object({
    since: instant.nullable(),
    generatedAt: instant,
    count: z.int().meta({ description: "Items on this page" }),
    items: z.array(changeItemSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next (older) page; null on the last page" }),
    next: z.string().nullable().meta({ format: "uri-reference", description: "Path and query of the next page; null on the last page" }),
  })
  .meta({ id: "ChangesDocument" });
export type ChangesDocument = z.infer<typeof changesDocumentSchema>;

// ---------------------------------------------------------------- ledger

export const LEDGER_PAGE_SIZE = { default: 100, max: 500 } as const;

export const ledgerQuerySchema = z.object({
  after: wholeNumberParameter("Entries after this sequence number (0, the default, starts at the first entry)", {
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
  }).optional(),
  limit: wholeNumberParameter(`Page size, 1–${LEDGER_PAGE_SIZE.max} (default ${LEDGER_PAGE_SIZE.default})`, {
    min: 1,
    max: LEDGER_PAGE_SIZE.max,
  }).optional(),
});

export const actionRecordSchema = signatoryItemSchema
  .extend({
    evidenceDescription: z.string().nullable(),
    notes: z.string().nullable(),
    documents: z.array(documentRecordSchema),
    verificationBasis: verificationBasisSchema,
  })
  .meta({
    id: "LedgerActionRecord",
    description:
      "An action's public record: its row of the signatory list, with evidence description, notes, public documents and what its verification rests on",
  });

export const statementRecordSchema = z
  .object({
    code: z.string().meta({ description: "The participant's code" }),
    kind: z.enum(publicValues(StatementKind)),
    text: z.string(),
    madeOn: isoDay.nullable(),
    sourceUrl: z.string().nullable(),
    commitmentNumbers: z.array(z.int().min(1)),
    documents: z.array(documentRecordSchema),
  })
  .meta({ id: "LedgerStatementRecord" });

export const ledgerItemSchema = z
  .object({
    previousHash: sha256Hex.meta({ description: "The hash of the entry before (64 zeros for the first)" }),
    sequence: z.int().min(1).meta({ description: "Position in the chain, from 1" }),
    revision: z.int().min(1).meta({ description: "The record revision this change produced" }),
    recordedAt: instant,
    kind: z.enum(LEDGER_KINDS).meta({ description: "What the change did to the public record (docs/ledger.md)" }),
    entityType: z.enum(LEDGER_ENTITY_TYPES),
    entityId: z.string().meta({ description: "Stable identifier of the action or statement" }),
    participant: z.string().nullable().meta({ description: "The participant's code", example: "kaz" }),
    actorName: z.string().meta({ description: "Display name of the editor or import; never an email" }),
    auditAction: z.string().nullable().meta({ example: "signature.update" }),
    reason: z.string().nullable(),
    changedFields: z.array(z.string()),
    record: z.union([actionRecordSchema, statementRecordSchema]).nullable().meta({
      description: "The entity's public record after the change; null when it left the public record",
    }),
    hash: sha256Hex.meta({
      description: "SHA-256 (hex) of the RFC 8785 canonical JSON of this item without `hash` (docs/ledger.md)",
    }),
  })
  .meta({ id: "LedgerEntry" });

export const ledgerHeadSchema = z
  .object({ sequence: z.int().min(1), hash: sha256Hex, revision: z.int().min(1), recordedAt: instant })
  .meta({ id: "LedgerHead" });

export const ledgerDocumentSchema = z
  .object({
    head: ledgerHeadSchema.nullable().meta({ description: "The latest entry; null while nothing was published" }),
    generatedAt: instant,
    count: z.int().meta({ description: "Items on this page" }),
    items: z.array(ledgerItemSchema),
    next: z.string().nullable().meta({ description: "URL of the next page; null on the last page" }),
  })
  .meta({ id: "LedgerDocument" });
export type LedgerDocument = z.infer<typeof ledgerDocumentSchema>;
