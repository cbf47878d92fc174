import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readSpreadsheet, sha256Of } from "@/lib/imports/read-spreadsheet";
import { UnreadableFileError } from "@/lib/imports/sheet-rows";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { planRows, totalsOf } from "./plan-rows";
import { uploadSchema } from "./schema";
import { CHECK_THE_FIELD } from "@/lib/validation/messages";

/**
 * The dry run of an uploaded file: reads it, plans every row against the record, and keeps the result as
 * a previewed batch (with the file's name and SHA-256) that a reload or a second editor sees the same.
 * Nothing in the record changes. A file that cannot be read at all is refused and nothing is kept.
 */
export async function previewImport(
  db: Database,
  actor: ActingUser | null,
  upload: { fileName: unknown; bytes: Buffer },
): Promise<{ batchId: string }> {
  const user = requireUser(actor);
  const parsed = uploadSchema.safeParse({ fileName: upload.fileName });
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELD, { file: fieldErrorsOf(parsed.error).fileName ?? "" });
  let sheet;
  try {
    sheet = await readSpreadsheet(upload.bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new AppError("validation", messageKey("validation.import.cannotImport"), { file: error.message });
    throw error;
  }
  const plan = await planRows(db, user, sheet);
  const batch = await db.changeBatch.create({
    data: {
      source: "import",
      status: "previewed",
      fileName: parsed.data.fileName,
      fileSha256: sha256Of(upload.bytes),
      rows: JSON.stringify(sheet),
      plan: JSON.stringify(plan.rows),
      ...totalsOf(plan.rows),
      createdById: user.id,
      createdByName: user.name,
    },
    select: { id: true },
  });
  return { batchId: batch.id };
}
