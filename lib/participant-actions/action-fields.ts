import type { ParticipantAction } from "@/generated/prisma/client";
import { lastDayOf } from "@/lib/dates/partial-date";
import { selectOf } from "@/lib/database/select-of";

// The one list of what an editor records about an action. The domain functions, the audit snapshots, the
// public history, the "someone else changed…" message and the editing page all take their fields from here.

/** Each recorded field, in the form's order, with the words a conflict message uses for it. */
export const RECORDED_FIELD_LABELS = {
  action: "action",
  date: "date",
  datePrecision: "date precision",
  place: "place",
  signerName: "signer name",
  signerTitle: "signer title",
  evidenceUrl: "evidence URL",
  documentSymbol: "document symbol",
  evidenceDescription: "evidence description",
  verification: "verification",
  notes: "notes",
  status: "status",
} as const satisfies Partial<Record<keyof ParticipantAction, string>>;

export type RecordedField = keyof typeof RECORDED_FIELD_LABELS;

/** The recorded fields; a participant's public history lists which of them a change touched. */
export const RECORDED_FIELDS = Object.keys(RECORDED_FIELD_LABELS) as RecordedField[];

export const RECORDED_FIELDS_SELECT = selectOf(RECORDED_FIELDS);

export function isRecordedField(field: string): field is RecordedField {
  return Object.hasOwn(RECORDED_FIELD_LABELS, field);
}

/** The recorded values of a validated input, plus the day from which the action counts. */
export function recordedValuesOf<Input extends Pick<ParticipantAction, RecordedField>>(input: Input) {
  const values = Object.fromEntries(RECORDED_FIELDS.map((field) => [field, input[field]])) as Pick<Input, RecordedField>;
  return { ...values, countsFrom: lastDayOf({ date: input.date, precision: input.datePrecision }) };
}

/** The recorded fields as the correction form's initial values (an empty box where nothing is recorded). */
export function recordedFormValues(action: Pick<ParticipantAction, RecordedField>): Record<RecordedField, string> {
  return Object.fromEntries(RECORDED_FIELDS.map((field) => [field, action[field] ?? ""])) as Record<RecordedField, string>;
}

// What the audit log keeps of an action before and after a change: the recorded fields with the record's
// identity and version, never the users behind it (their names are in the entry's actorName).

export const SNAPSHOT_FIELD_LABELS = { participantId: "participant", ...RECORDED_FIELD_LABELS } as const;

export const SNAPSHOT_FIELDS = Object.keys(SNAPSHOT_FIELD_LABELS) as (keyof typeof SNAPSHOT_FIELD_LABELS)[];

export const ACTION_SNAPSHOT_SELECT = { id: true, participantId: true, ...RECORDED_FIELDS_SELECT, version: true } as const;
