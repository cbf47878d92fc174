import { inputClass } from "@/components/ui/field";

export type ParticipantOption = { code: string; name: string; label: string };

/**
 * A text box with a list of every participant: typing a name or an ISO code narrows the list (the
 * browser's own datalist, so it works with the keyboard, a screen reader, and without JavaScript).
 */
export function ParticipantInput({
  id,
  options,
  defaultValue,
  describedBy,
  invalid,
}: {
  id: string;
  options: ParticipantOption[];
  defaultValue?: string;
  describedBy?: string;
  invalid: boolean;
}) {
  return (
    <>
      <input
        id={id}
        name="participant"
        list={`${id}-options`}
        defaultValue={defaultValue}
        autoComplete="off"
        required
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={inputClass}
      />
      <datalist id={`${id}-options`}>
        {options.map((option) => (
          <option key={option.code} value={option.label} />
        ))}
      </datalist>
    </>
  );
}

export function participantLabel(participant: { name: string; code: string; iso3?: string | null }): string {
  return `${participant.name} — ${participant.iso3 ?? participant.code}`;
}
