import { z } from "zod";
import { EvidenceKind, EvidenceVisibility } from "@/generated/prisma/enums";
import { optionalText } from "@/lib/validation/fields";
import { MAX_EVIDENCE_BYTES } from "./evidence-limits";

// One schema per evidence form, for the form and the server alike. The file itself is judged from its
// bytes afterwards (inspect-evidence-file.ts); here only its presence and size.

/** The records a document can be attached to: an action (signature, accession, withdrawal) or a statement. */
export const EVIDENCE_RECORD_TYPES = ["action", "statement"] as const;
export type EvidenceRecordType = (typeof EVIDENCE_RECORD_TYPES)[number];

const REASON_MAX = 500;
const documentId = z.string({ message: "Reload the page and try again" }).min(1).max(40);

export const attachEvidenceSchema = z.object({
  recordType: z.enum(EVIDENCE_RECORD_TYPES, { message: "Reload the page and try again" }),
  recordId: z.string({ message: "Reload the page and try again" }).min(1).max(40),
  kind: z.enum(EvidenceKind, { message: "Choose what kind of document this is" }),
  visibility: z.enum(EvidenceVisibility, { message: "Choose Public or Restricted" }),
  document: z
    .file({ message: "Choose the file to attach: a PDF, PNG or JPEG of at most 10 MB" })
    .min(1, { message: "This file is empty: choose the scanned or saved document again" })
    .max(MAX_EVIDENCE_BYTES, { message: "This file is over 10 MB: scan it at a lower resolution, or split it and attach each part" }),
});

export const evidenceVisibilitySchema = z.object({
  documentId,
  visibility: z.enum(EvidenceVisibility, { message: "Choose Public or Restricted" }),
  reason: optionalText("Reason", REASON_MAX),
});

export const detachEvidenceSchema = z.object({
  documentId,
  reason: z
    .string()
    .trim()
    .min(5, { message: "Say why this document is removed (at least 5 characters): the reason stays in the record's history" })
    .max(REASON_MAX, { message: `Use at most ${REASON_MAX} characters` }),
});

/** What the page must say when a published record's public documents change without a reason. */
export const PUBLIC_CHANGE_NEEDS_REASON = "Say why: this record is published, and the reason is shown in its public history";
