import "server-only";
import type { Prisma } from "@/generated/prisma/client";
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

function orderBy(filters: SignatoryFilters): Prisma.SignatureOrderByWithRelationInput[] {
  const byName: Prisma.SignatureOrderByWithRelationInput = { participant: { name: filters.order } };
  if (filters.sort === "date") {
    // Undated actions go last whatever the order: they are the least placeable, not the earliest.
    return [{ date: { sort: filters.order, nulls: "last" } }, byName, { action: "asc" }];
  }
  return [byName, { date: "asc" }, { action: "asc" }];
}

async function readSignatories(instrumentId: string, filters: SignatoryFilters): Promise<SignatoryRow[]> {
  const rows = await db.signature.findMany({
    where: signatoryWhere(instrumentId, filters),
    orderBy: orderBy(filters),
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
  return rows.map(({ participant, ...signature }) => ({ ...participant, ...signature }));
}

/** The published actions matching the filters, in the order they ask for. */
export function listSignatories(instrumentId: string, filters: SignatoryFilters): Promise<SignatoryRow[]> {
  const key = `signatories:${instrumentId}:${signatoryFiltersToQuery(filters)}`;
  return cachedRead(key, () => readSignatories(instrumentId, filters));
}
