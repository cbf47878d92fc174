import { ActionKind, VerificationLevel } from "@/generated/prisma/enums";
import { messageKey } from "@/lib/i18n/message-key";
import type { DatePrecision } from "@/generated/prisma/enums";
import { publicName } from "@/lib/api/public-names";
import publicMessages from "@/messages/en/public.json";
import { readImportDate } from "./import-date";

// Cells → the values the action form would post. Each reader returns the value, null for an empty cell,
// or the problem in words that say how to fix it.

type Read<T> = { ok: true; value: T | null } | { ok: false; message: string };

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");

/** depositary, official-statement, press-report, or the site's labels ("Official statement"), any case. */
const VERIFICATION_SPELLINGS = new Map<string, VerificationLevel>(
  Object.values(VerificationLevel).flatMap((level) => [
    [key(level), level],
    [key(publicName(level)), level],
    [key(publicMessages.verification[level]), level],
  ]),
);

export function readVerification(text: string | undefined): Read<VerificationLevel> {
  if (!text?.trim()) return { ok: true, value: null };
  const level = VERIFICATION_SPELLINGS.get(key(text));
  if (level) return { ok: true, value: level };
  return {
    ok: false,
    message: messageKey("validation.import.unknownVerification", { text: text.trim().slice(0, 40) }),
  };
}

export function readAction(text: string | undefined): Read<ActionKind> {
  if (!text?.trim()) return { ok: true, value: null };
  const action = Object.values(ActionKind).find((kind) => kind === key(text));
  if (action) return { ok: true, value: action };
  return { ok: false, message: messageKey("validation.import.unknownAction", { text: text.trim().slice(0, 40) }) };
}

/**
 * The date and its precision. An empty date is allowed only where the export wrote one: an action whose
 * date is not known (date_precision "unknown"). A date_precision column, when filled, must agree.
 */
export function readDate(
  dateText: string | undefined,
  precisionText: string | undefined,
): { ok: true; value: { date: string | null; precision: DatePrecision } } | { ok: false; message: string } {
  const declared = precisionText?.trim().toLowerCase() || null;
  if (!dateText?.trim()) {
    if (declared === "unknown") return { ok: true, value: { date: null, precision: "unknown" } };
    return { ok: false, message: messageKey("validation.import.enterDate") };
  }
  const read = readImportDate(dateText);
  if (!read.ok) return read;
  if (declared && declared !== read.precision) {
    return {
      ok: false,
      message: messageKey("validation.import.precisionDisagrees", { declared, text: dateText.trim(), precision: read.precision }),
    };
  }
  return { ok: true, value: { date: read.date, precision: read.precision } };
}
