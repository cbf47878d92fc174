// Prisma's driver adapters refuse a query with more bound values than the database allows (SQLite's limit
// as the adapter declares it), and do not split an `in` list themselves: a 1,000-row import reads its
// records in slices.

const SLICE = 500;

/** Runs `read` for each slice of `ids` (in order) and concatenates the rows. */
export async function findByIds<Row>(ids: readonly string[], read: (slice: string[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < ids.length; start += SLICE) rows.push(...(await read(ids.slice(start, start + SLICE))));
  return rows;
}
