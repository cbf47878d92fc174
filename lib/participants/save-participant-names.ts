import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { TRANSLATED_LOCALES } from "@/lib/i18n/translated-locales";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { nameField, participantNamesSchema } from "./participant-names-schema";
import { toTranslatedNames } from "./read-participant-reference";

/**
 * Sets an organisation's names in the other UN languages (administrators only). States are named from CLDR
 * and have no stored names. Audited with the names before and after; raises the record revision, so every
 * page, list and search shows the new names at once.
 */
export async function saveParticipantNames(db: Database, actor: ActingUser | null, raw: unknown): Promise<{ code: string }> {
  const admin = requireAdmin(actor);
  const parsed = participantNamesSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;

  return db.$transaction(async (tx) => {
    const participant = await tx.participant.findUnique({
      where: { code: input.participant },
      select: { id: true, code: true, kind: true, translatedNames: { select: { locale: true, name: true } } },
    });
    if (!participant) throw new AppError("not_found", messageKey("validation.names.organisationNotFound"));
    if (participant.kind !== "organization") {
      throw new AppError("validation", messageKey("validation.names.statesFromCldr"));
    }
    const after = Object.fromEntries(
      TRANSLATED_LOCALES.flatMap((locale) => (input[nameField(locale)] ? [[locale, input[nameField(locale)]]] : [])),
    );
    await tx.participantName.deleteMany({ where: { participantId: participant.id } });
    await tx.participantName.createMany({
      data: Object.entries(after).map(([locale, name]) => ({ participantId: participant.id, locale, name: name! })),
    });
    await writeAuditEntry(tx, {
      actor: admin,
      action: "participant.names",
      entityType: "participant",
      entityId: participant.id,
      participantId: participant.id,
      before: toTranslatedNames(participant.translatedNames),
      after,
    });
    await bumpRecordRevision(tx);
    return { code: participant.code };
  });
}
