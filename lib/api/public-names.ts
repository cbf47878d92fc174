// Prisma names enum values as identifiers ("official_statement"); the database stores, and the open data
// publishes, the spelling with hyphens ("official-statement", see @map in prisma/schema.prisma).

/** The published spelling of an enum value's type: every "_" becomes "-". */
export type PublicName<Value extends string> = Value extends `${infer Head}_${infer Tail}` ? `${Head}-${PublicName<Tail>}` : Value;

export function publicName<Value extends string>(value: Value): PublicName<Value> {
  return value.replaceAll("_", "-") as PublicName<Value>;
}

/** The published spellings of a Prisma enum's values, in the schema's order, for z.enum. */
export function publicValues<Value extends string>(prismaEnum: Record<string, Value>): [PublicName<Value>, ...PublicName<Value>[]] {
  return Object.values(prismaEnum).map(publicName) as [PublicName<Value>, ...PublicName<Value>[]];
}
