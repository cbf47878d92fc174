/** A Prisma `select` of these fields ({ a: true, b: true }), so that a field list is written once. */
export function selectOf<Field extends string>(fields: readonly Field[]): { [Key in Field]: true } {
  return Object.fromEntries(fields.map((field) => [field, true])) as { [Key in Field]: true };
}
