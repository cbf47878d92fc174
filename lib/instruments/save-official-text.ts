import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { completeCommitments } from "./code-text-for";
import { getInstrument } from "./get-instrument";
import { commitmentField, commitmentFieldsSchemaFor, officialTextHeadingSchema, pointField } from "./official-text-schema";

/**
 * Saves an official text of the Code in another UN language, as an administrator typed it from the cited
 * source: its title, its source and any commitments entered so far (the public page shows it once all are).
 * Administrators only; audited with the text before and after; raises the record revision so pages change.
 */
export async function saveOfficialText(
  db: Database,
  actor: ActingUser | null,
  raw: unknown,
): Promise<{ locale: string; complete: boolean }> {
  const admin = requireAdmin(actor);
  const instrument = await getInstrument(db);
  const heading = officialTextHeadingSchema.safeParse(raw);
  const parts = commitmentFieldsSchemaFor(instrument.commitments).safeParse(raw);
  if (!heading.success || !parts.success) {
    const fieldErrors = { ...(heading.error ? fieldErrorsOf(heading.error) : {}), ...(parts.error ? fieldErrorsOf(parts.error) : {}) };
    throw new AppError("validation", CHECK_THE_FIELDS, fieldErrors);
  }
  const { locale, ...source } = heading.data;
  const field = (name: string) => parts.data[name] ?? "";

  const commitments = instrument.commitments
    .map((commitment) => ({
      number: commitment.number,
      text: field(commitmentField(commitment.number)),
      points: commitment.points.map((_point, index) => field(pointField(commitment.number, index + 1))),
    }))
    .filter((commitment) => commitment.text || commitment.points.some(Boolean));
  const orphanPoints = commitments.find((commitment) => !commitment.text);
  if (orphanPoints) {
    const field = commitmentField(orphanPoints.number);
    throw new AppError("validation", CHECK_THE_FIELDS, {
      [field]: messageKey("validation.officialText.commitmentWithoutText", { number: orphanPoints.number }),
    });
  }

  await db.$transaction(async (tx) => {
    const existing = await tx.officialText.findUnique({
      where: { instrumentId_locale: { instrumentId: instrument.id, locale: locale } },
      select: {
        id: true,
        title: true,
        sourceTitle: true,
        sourceUrl: true,
        commitments: { orderBy: { number: "asc" }, select: { number: true, text: true, points: true } },
      },
    });
    const text = await tx.officialText.upsert({
      where: { instrumentId_locale: { instrumentId: instrument.id, locale: locale } },
      create: { instrumentId: instrument.id, locale: locale, ...source },
      update: source,
      select: { id: true },
    });
    await tx.officialCommitmentText.deleteMany({ where: { officialTextId: text.id } });
    await tx.officialCommitmentText.createMany({
      data: commitments.map((commitment) => ({
        officialTextId: text.id,
        number: commitment.number,
        text: commitment.text,
        points: JSON.stringify(commitment.points),
      })),
    });
    await writeAuditEntry(tx, {
      actor: admin,
      action: existing ? "official-text.update" : "official-text.create",
      entityType: "instrument",
      entityId: `${instrument.id}:${locale}`,
      before: existing
        ? {
            title: existing.title,
            sourceTitle: existing.sourceTitle,
            sourceUrl: existing.sourceUrl,
            commitments: existing.commitments.map((commitment) => ({ ...commitment, points: JSON.parse(commitment.points) as string[] })),
          }
        : undefined,
      after: { ...source, commitments },
    });
    await bumpRecordRevision(tx);
  });
  return { locale: locale, complete: completeCommitments(instrument, { commitments }) !== null };
}
