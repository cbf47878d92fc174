import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { lastDayOf } from "@/lib/dates/partial-date";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/record/cached-read";
import { signatoryFiltersToQuery, type SignatoryFilters } from "./signatory-filters";

/** One published action (signature, accession or withdrawal) of one participant: a row of the public list. */
export type SignatoryRow = {
  code: string;
  iso2: string | null;
  iso3: string | null;
  name: string;
  kind: "state" | "organization";
  region: string | null;
  subregion: string | null;
  action: "signature" | "accession" | "withdrawal";
  date: string | null;
  datePrecision: "day" | "month" | "year" | "unknown";
  place: string | null;
  signerName: string | null;
  signerTitle: string | null;
  verification: "depositary" | "official_statement" | "press_report";
  evidenceUrl: string | null;
  documentSymbol: string | null;
};

export function signatoryWhere(instrumentId: string, filters: SignatoryFilters): Prisma.SignatureWhereInput {
  const participant: Prisma.ParticipantWhereInput = {};
  if (filters.kind) participant.kind = filters.kind;
  if (filters.region) participant.region = filters.region;
  if (filters.q) {
    const q = filters.q;
    participant.OR = [
      { name: { contains: q } },
      { commonName: { contains: q } },
      { formalName: { contains: q } },
      { iso3: q.toUpperCase() },
      { iso2: q.toUpperCase() },
    ];
  }
  return {
    instrumentId,
    status: "published",
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.year ? { date: { startsWith: filters.year } } : {}),
    // "As of" a day: only actions whose whole dated period had passed; undated ones cannot be placed.
    ...(filters.asOf ? { countsFrom: { not: null, lte: filters.asOf } } : {}),
    participant,
  };
}

// Sorting happens here, not in SQL: SQLite compares names byte by byte (Türkiye after Turkmenistan), and
// a date known only to the month must sort by the end of that month, as "as of" counts it.
const collator = new Intl.Collator("en", { sensitivity: "base" });

export function compareSignatoryRows(sort: SignatoryFilters["sort"], order: SignatoryFilters["order"]) {
  const direction = order === "desc" ? -1 : 1;
  const byName = (a: SignatoryRow, b: SignatoryRow) => collator.compare(a.name, b.name);
  const byDate = (a: SignatoryRow, b: SignatoryRow) => (lastDayOf(signatoryDate(a)) ?? "").localeCompare(lastDayOf(signatoryDate(b)) ?? "");
  const byAction = (a: SignatoryRow, b: SignatoryRow) => a.action.localeCompare(b.action);
  return (a: SignatoryRow, b: SignatoryRow): number => {
    if (sort === "date") {
      // Undated actions go last whatever the order: they are the least placeable, not the earliest.
      if (!a.date !== !b.date) return a.date ? -1 : 1;
      return direction * byDate(a, b) || byName(a, b) || byAction(a, b);
    }
    return direction * byName(a, b) || byDate(a, b) || byAction(a, b);
  };
}

const signatoryDate = (row: SignatoryRow) => ({ date: row.date, precision: row.datePrecision });

async function readSignatories(instrumentId: string, filters: SignatoryFilters): Promise<SignatoryRow[]> {
  const rows = await db.signature.findMany({
    where: signatoryWhere(instrumentId, filters),
    select: {
      action: true,
      date: true,
      datePrecision: true,
      place: true,
      signerName: true,
      signerTitle: true,
      verification: true,
      evidenceUrl: true,
      documentSymbol: true,
      participant: {
        select: { code: true, iso2: true, iso3: true, name: true, kind: true, region: true, subregion: true },
      },
    },
  });
  return rows
    .map(({ participant, ...signature }) => ({ ...participant, ...signature }))
    .sort(compareSignatoryRows(filters.sort, filters.order));
}

/** The published actions matching the filters, in the order they ask for. */
export function listSignatories(instrumentId: string, filters: SignatoryFilters): Promise<SignatoryRow[]> {
  const key = `signatories:${instrumentId}:${signatoryFiltersToQuery(filters)}`;
  return cachedRead(key, () => readSignatories(instrumentId, filters));
}
