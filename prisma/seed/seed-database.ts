import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Database } from "@/lib/db";
import { ACTION_SNAPSHOT_SELECT, recordedValuesOf } from "@/lib/participant-actions/action-fields";
import { joiningActionFilter } from "@/lib/participant-actions/action-kinds";
import { bumpRecordRevision } from "@/lib/record/record-revision";
import { codeOfConduct, commitments, organizations } from "./data/code-of-conduct";
import { listUnStates } from "./un-participants";
import { createTranslator } from "next-intl";
import { translatorFrom } from "@/lib/i18n/translate-message";
import validation from "@/messages/en/validation.json";
import { parseSourcedSignatures, SeedDataError } from "./sourced-signatures";

export type SeedSummary = {
  instrumentsCreated: number;
  commitmentsCreated: number;
  participantsCreated: number;
  actionsCreated: number;
};

const SEED_ACTOR = { id: null, name: "Reference data import" };

/**
 * The domain's message keys in English, for whoever runs the seed. It runs outside Next (npm start seeds
 * before the server starts), where next-intl's request configuration is not available: the English
 * validation messages are read straight from their file.
 */
function seedMessagesInEnglish() {
  const t = createTranslator({ locale: "en", messages: { validation } });
  return translatorFrom((key, values) => t(key as Parameters<typeof t>[0], values));
}

/**
 * Loads the reference data. Idempotent: it only adds what is missing, so re-running it never duplicates
 * rows or overwrites an editor's corrections. Every input row is validated before the first write, and
 * all writes happen in one transaction.
 */
export async function seedDatabase(db: Database, input: { signaturesCsv: string }): Promise<SeedSummary> {
  const states = listUnStates();
  const rows = parseSourcedSignatures(input.signaturesCsv, {
    openedOn: codeOfConduct.openedOn,
    ceremonyPlace: codeOfConduct.place,
    knownIso2: new Set(states.map((state) => state.iso2)),
    inEnglish: seedMessagesInEnglish(),
  });
  const organizationCodeByName = new Map<string, string>(organizations.map((o) => [o.name, o.code]));
  const stateCodeByIso2 = new Map(states.map((state) => [state.iso2, state.code]));
  const participantCodeOf = (row: (typeof rows)[number]) => {
    const code = row.iso2 ? stateCodeByIso2.get(row.iso2) : organizationCodeByName.get(row.participantName);
    if (!code) throw new SeedDataError(row.rowNumber, `${row.participantName}: unknown organisation`);
    return code;
  };
  const rowsWithCodes = rows.map((row) => ({ row, participantCode: participantCodeOf(row) }));

  return db.$transaction(
    async (tx) => {
      const summary: SeedSummary = { instrumentsCreated: 0, commitmentsCreated: 0, participantsCreated: 0, actionsCreated: 0 };

      let instrument = await tx.instrument.findUnique({ where: { slug: codeOfConduct.slug }, select: { id: true } });
      if (!instrument) {
        instrument = await tx.instrument.create({ data: codeOfConduct, select: { id: true } });
        summary.instrumentsCreated++;
      }

      const existingNumbers = new Set(
        (await tx.commitment.findMany({ where: { instrumentId: instrument.id }, select: { number: true } })).map((c) => c.number),
      );
      for (const commitment of commitments.filter((c) => !existingNumbers.has(c.number))) {
        await tx.commitment.create({
          data: {
            instrumentId: instrument.id,
            number: commitment.number,
            text: commitment.text,
            points: { create: (commitment.points ?? []).map((text, index) => ({ position: index + 1, text })) },
          },
        });
        summary.commitmentsCreated++;
      }

      const existingCodes = new Set((await tx.participant.findMany({ select: { code: true } })).map((p) => p.code));
      const missingParticipants = [...states, ...organizations.map((o) => ({ ...o, kind: "organization" as const }))].filter(
        (participant) => !existingCodes.has(participant.code),
      );
      if (missingParticipants.length > 0) {
        summary.participantsCreated = (await tx.participant.createMany({ data: missingParticipants })).count;
      }

      const participantIdByCode = new Map((await tx.participant.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]));
      for (const { row, participantCode } of rowsWithCodes) {
        const participantId = participantIdByCode.get(participantCode)!;
        const alreadyRecorded = await tx.participantAction.findFirst({
          where: { instrumentId: instrument.id, participantId, action: joiningActionFilter() },
          select: { id: true },
        });
        if (alreadyRecorded) continue;
        const action = await tx.participantAction.create({
          data: {
            ...recordedValuesOf({ ...row, documentSymbol: null, status: "published" }),
            instrumentId: instrument.id,
            participantId,
            publishedAt: new Date(),
          },
          select: ACTION_SNAPSHOT_SELECT,
        });
        await writeAuditEntry(tx, {
          actor: SEED_ACTOR,
          action: "signature.create",
          entityType: "signature",
          entityId: action.id,
          participantId,
          after: action,
          reason: "Recorded from the team's sourced reference list",
          isPublic: true,
        });
        summary.actionsCreated++;
      }
      await bumpRecordRevision(tx);
      return summary;
    },
    { timeout: 60_000 },
  );
}
