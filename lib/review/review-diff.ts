import { RECORDED_FIELDS } from "@/lib/participant-actions/action-fields";

/**
 * One field of the diff: what the public sees now (null: nothing) and what approval would publish. A batch
 * row's fields carry the label the file or the import uses for them.
 */
export type FieldDiff = { field: string; label?: string; publicNow: string | null; proposed: string | null };

const text = (value: unknown): string | null =>
  typeof value === "string" ? value || null : typeof value === "number" ? String(value) : null;

/** Field by field, the fields whose values differ (every filled field, for a record the public has never seen). */
export function diffOf(
  fields: readonly string[],
  publicNow: Record<string, unknown> | null,
  proposed: Record<string, unknown>,
): FieldDiff[] {
  return fields
    .map((field) => ({ field, publicNow: publicNow ? text(publicNow[field]) : null, proposed: text(proposed[field]) }))
    .filter((diff) => diff.publicNow !== diff.proposed);
}

export const ACTION_DIFF_FIELDS = RECORDED_FIELDS.filter((field) => field !== "status");
