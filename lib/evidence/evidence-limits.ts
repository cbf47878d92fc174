// How large an evidence document may be. Read by next.config.ts too, which raises the Server Actions'
// body limit just far enough for one document and the form's other fields.

/** 10 MB (decimal, as the page writes it): a scanned page, a note verbale or a letter fits with room to spare. */
export const MAX_EVIDENCE_BYTES = 10_000_000;

/**
 * The largest request body a Server Action accepts: one document plus the upload form's few short fields and
 * the multipart framing (well under 64 kB). A larger body is refused by Next before any of our code runs.
 */
export const SERVER_ACTION_BODY_LIMIT = MAX_EVIDENCE_BYTES + 64 * 1024;
