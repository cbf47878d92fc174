import { ActionKind, DatePrecision, ParticipantKind, StatementKind, UnStatus, VerificationLevel } from "@/generated/prisma/enums";
import { publicValues } from "@/lib/api/public-names";
import { LEDGER_ENTITY_TYPES, LEDGER_KINDS } from "@/lib/ledger/ledger-kinds";
import { PARTICIPANT_STATUSES } from "@/lib/participants/participant-status";

// The Frictionless Table Schemas (https://specs.frictionlessdata.io/table-schema/) of the data package's
// CSV files: one list per file, in column order. The CSV writers take their columns from here, so a file
// and its schema cannot disagree.

export type TableField = {
  name: string;
  type: "string" | "integer" | "date" | "datetime";
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string };
};

const PARTIAL_DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
const HASH = "^[0-9a-f]{64}$";

export const PARTICIPANT_CODE: TableField = {
  name: "code",
  type: "string",
  description: "Lower-case ISO 3166-1 alpha-3 for states, a slug for organisations",
  constraints: { required: true },
};

export const TABLE_SCHEMAS = {
  signatories: [
    PARTICIPANT_CODE,
    { name: "iso2", type: "string", description: "ISO 3166-1 alpha-2" },
    { name: "iso3", type: "string", description: "ISO 3166-1 alpha-3" },
    { name: "name", type: "string", description: "The UN's short name, or the organisation's name", constraints: { required: true } },
    {
      name: "kind",
      type: "string",
      description: "state or organization",
      constraints: { required: true, enum: Object.values(ParticipantKind) },
    },
    { name: "region", type: "string", description: "UN M49 region" },
    { name: "subregion", type: "string", description: "UN M49 sub-region" },
    {
      name: "action",
      type: "string",
      description: "signature, accession or withdrawal",
      constraints: { required: true, enum: Object.values(ActionKind) },
    },
    {
      name: "date",
      type: "string",
      description: "YYYY, YYYY-MM or YYYY-MM-DD according to date_precision; empty when unknown",
      constraints: { pattern: PARTIAL_DATE },
    },
    {
      name: "date_precision",
      type: "string",
      description: "How precisely the date is known",
      constraints: { required: true, enum: Object.values(DatePrecision) },
    },
    { name: "place", type: "string", description: "Where the action took place" },
    { name: "signer_name", type: "string", description: "Who signed" },
    { name: "signer_title", type: "string", description: "The signer's title" },
    {
      name: "verification",
      type: "string",
      description: "How well the action is sourced",
      constraints: { required: true, enum: publicValues(VerificationLevel) },
    },
    { name: "evidence_url", type: "string", format: "uri", description: "Where the action is shown" },
    { name: "document_symbol", type: "string", description: "UN document symbol of the evidence" },
  ],
  participants: [
    { ...PARTICIPANT_CODE, constraints: { required: true, unique: true } },
    { name: "iso2", type: "string", description: "ISO 3166-1 alpha-2" },
    { name: "iso3", type: "string", description: "ISO 3166-1 alpha-3" },
    { name: "iso_numeric", type: "string", description: "ISO 3166-1 numeric (M49)" },
    { name: "name", type: "string", description: "The UN's short name, or the organisation's name", constraints: { required: true } },
    {
      name: "kind",
      type: "string",
      description: "state or organization",
      constraints: { required: true, enum: Object.values(ParticipantKind) },
    },
    {
      name: "un_status",
      type: "string",
      description: "member or observer state of the United Nations",
      constraints: { enum: Object.values(UnStatus) },
    },
    { name: "region", type: "string", description: "UN M49 region" },
    { name: "subregion", type: "string", description: "UN M49 sub-region" },
    {
      name: "status",
      type: "string",
      description: "Standing towards the Code at this revision",
      constraints: { required: true, enum: PARTICIPANT_STATUSES },
    },
  ],
  commitments: [
    { name: "number", type: "integer", description: "The commitment's number", constraints: { required: true } },
    { name: "point", type: "integer", description: "The point's position within the commitment; empty for the commitment's own text" },
    { name: "text", type: "string", description: "The text", constraints: { required: true } },
  ],
  statements: [
    { name: "participant", type: "string", description: "The participant's code (participants.csv)", constraints: { required: true } },
    {
      name: "kind",
      type: "string",
      description: "declaration, reservation or implementation-note",
      constraints: { required: true, enum: publicValues(StatementKind) },
    },
    { name: "text", type: "string", description: "The statement as recorded", constraints: { required: true } },
    { name: "made_on", type: "date", description: "The day it was made, when known" },
    { name: "source_url", type: "string", format: "uri", description: "Where it is published" },
    { name: "commitments", type: "string", description: "The numbers of the commitments it refers to, separated by spaces" },
  ],
  ledger: [
    { name: "sequence", type: "integer", description: "Position in the chain, from 1", constraints: { required: true, unique: true } },
    { name: "revision", type: "integer", description: "The record revision this change produced", constraints: { required: true } },
    { name: "recorded_at", type: "datetime", description: "When the change was recorded (UTC)", constraints: { required: true } },
    {
      name: "kind",
      type: "string",
      description: "What the change did to the public record",
      constraints: { required: true, enum: LEDGER_KINDS },
    },
    { name: "entity_type", type: "string", description: "action or statement", constraints: { required: true, enum: LEDGER_ENTITY_TYPES } },
    { name: "entity_id", type: "string", description: "Stable identifier of the action or statement", constraints: { required: true } },
    { name: "participant", type: "string", description: "The participant's code" },
    { name: "actor_name", type: "string", description: "Display name of the editor or import", constraints: { required: true } },
    { name: "audit_action", type: "string", description: "The audit trail's name for the change" },
    { name: "reason", type: "string", description: "Why, for corrections and deletions" },
    { name: "changed_fields", type: "string", description: "The recorded fields the change touched, separated by spaces" },
    { name: "previous_hash", type: "string", description: "The previous entry's hash", constraints: { required: true, pattern: HASH } },
    {
      name: "hash",
      type: "string",
      description: "SHA-256 of the entry's canonical JSON (exact entries: ledger.json)",
      constraints: { required: true, unique: true, pattern: HASH },
    },
  ],
} satisfies Record<string, TableField[]>;

export type TableName = keyof typeof TABLE_SCHEMAS;
