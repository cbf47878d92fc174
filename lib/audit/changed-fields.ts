/** An audit entry's before or after snapshot: the JSON text as stored, already parsed, or absent. */
export type AuditSnapshot = string | Record<string, unknown> | null;

function parseSnapshot(snapshot: AuditSnapshot): Record<string, unknown> {
  if (snapshot === null) return {};
  return typeof snapshot === "string" ? (JSON.parse(snapshot) as Record<string, unknown>) : snapshot;
}

/** Which of `fields` differ between an audit entry's before and after snapshots (missing counts as null). */
export function changedFields<Field extends string>(fields: readonly Field[], before: AuditSnapshot, after: AuditSnapshot): Field[] {
  const old = parseSnapshot(before);
  const now = parseSnapshot(after);
  return fields.filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null));
}
