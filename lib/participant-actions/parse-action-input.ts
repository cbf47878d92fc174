import "server-only";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { createActionInputSchema, type ActionInput } from "./schema";
import { CHECK_THE_FIELDS } from "@/lib/validation/messages";

/** What recordAction and correctAction hand back to the Server Action. */
export type SavedAction = { id: string; participantCode: string; version: number };

/** The instrument actions are recorded on, and the form's input checked against its opening day. */
export async function parseActionInput(db: Database, raw: unknown): Promise<{ instrumentId: string; input: ActionInput }> {
  const instrument = await db.instrument.findUniqueOrThrow({ where: { slug: INSTRUMENT_SLUG }, select: { id: true, openedOn: true } });
  const parsed = createActionInputSchema({ openedOn: instrument.openedOn }).safeParse(raw);
  if (!parsed.success) throw new AppError("validation", CHECK_THE_FIELDS, fieldErrorsOf(parsed.error));
  return { instrumentId: instrument.id, input: parsed.data };
}
