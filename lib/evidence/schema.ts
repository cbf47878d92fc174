import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { EvidenceKind, EvidenceVisibility } from "@/generated/prisma/enums";
import { optionalText } from "@/lib/validation/fields";
import { MAX_EVIDENCE_BYTES } from "./evidence-limits";

// One schema per evidence form, for the form and the server alike. The file itself is judged from its
// bytes afterwards (inspect-evidence-file.ts); here only its presence and size.

/** The records a document can be attached to: an action (signature, accession, withdrawal) or a statement. */
export const EVIDENCE_RECORD_TYPES = ["action", "statement"] as const;
export type EvidenceRecordType = (typeof EVIDENCE_RECORD_TYPES)[number];

const REASON_MAX = 500;
const documentId = z
  .string({ message: messageKey("validation.fields.reload") })
  .min(1)
  .max(40);

export const attachEvidenceSchema = z.object({
  recordType: z.enum(EVIDENCE_RECORD_TYPES, { message: messageKey("validation.fields.reload") }),
  recordId: z
    .string({ message: messageKey("validation.fields.reload") })
    .min(1)
    .max(40),
  kind: z.enum(EvidenceKind, { message: messageKey("validation.evidence.chooseKind") }),
  visibility: z.enum(EvidenceVisibility, { message: messageKey("validation.evidence.chooseVisibility") }),
  document: z
    .file({ message: messageKey("validation.evidence.chooseFile") })
    .min(1, { message: messageKey("validation.evidence.fileEmpty") })
    .max(MAX_EVIDENCE_BYTES, { message: messageKey("validation.evidence.fileTooLarge") }),
});

export const evidenceVisibilitySchema = z.object({
  documentId,
  visibility: z.enum(EvidenceVisibility, { message: messageKey("validation.evidence.chooseVisibility") }),
  reason: optionalText(messageKey("validation.labels.reason"), REASON_MAX),
});

export const detachEvidenceSchema = z.object({
  documentId,
  reason: z
    .string()
    .trim()
    .min(5, { message: messageKey("validation.evidence.detachReason") })
    .max(REASON_MAX, { message: messageKey("validation.fields.atMost", { max: REASON_MAX }) }),
});

/** What the page must say when a published record's public documents change without a reason. */
export const PUBLIC_CHANGE_NEEDS_REASON = messageKey("validation.evidence.publicChangeNeedsReason");
