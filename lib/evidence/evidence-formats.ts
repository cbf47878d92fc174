import type { EvidenceFormat } from "@/generated/prisma/enums";

/** The three formats accepted, with the media type they are served as and the extension their name gets. */
export const EVIDENCE_FORMATS = {
  pdf: { mediaType: "application/pdf", extension: "pdf", label: "PDF" },
  png: { mediaType: "image/png", extension: "png", label: "PNG" },
  jpeg: { mediaType: "image/jpeg", extension: "jpg", label: "JPEG" },
} as const satisfies Record<EvidenceFormat, { mediaType: string; extension: string; label: string }>;

/** What the file picker offers; the server decides from the bytes alone. */
export const EVIDENCE_ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";
