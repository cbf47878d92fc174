import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { signatoryItemSchema, type SignatoryItem } from "@/lib/api/schema";
import { lastDayOf } from "@/lib/dates/partial-date";
import { selectOf } from "@/lib/database/select-of";
import type { Database } from "@/lib/db";
import { isRecordedField, type RecordedField } from "@/lib/participant-actions/action-fields";
import { matchesParticipantQuery } from "@/lib/participants/participant-search";
import { readParticipantReference } from "@/lib/participants/read-participant-reference";
import { cachedRead } from "@/lib/record/cached-read";
import { signatoryFiltersToQuery, type SignatoryFilters } from "./signatory-filters";

// The signatory list (/signatories, /api/v1/signatories and every export) has one row per published
// action. Its columns are the open API's SignatoryItem: the action's own fields and its participant's.

type ItemField = keyof SignatoryItem;
const ITEM_FIELDS = Object.keys(signatoryItemSchema.shape) as ItemField[];
const ACTION_COLUMNS = ITEM_FIELDS.filter((field): field is Extract<ItemField, RecordedField> => isRecordedField(field));
const PARTICIPANT_COLUMNS = ITEM_FIELDS.filter((field): field is Exclude<ItemField, RecordedField> => !isRecordedField(field));

const PUBLISHED_ACTION_SELECT = {
  ...selectOf(ACTION_COLUMNS),
  participant: { select: selectOf(PARTICIPANT_COLUMNS) },
} satisfies Prisma.ParticipantActionSelect;

type PublishedActionRecord = Prisma.ParticipantActionGetPayload<{ select: typeof PUBLISHED_ACTION_SELECT }>;

/** One published action (signature, accession or withdrawal) with its participant: a row of the signatory list. */
export type PublishedAction = Omit<PublishedActionRecord, "participant"> & PublishedActionRecord["participant"];

function publishedActionWhere(instrumentId: string, filters: SignatoryFilters): Prisma.ParticipantActionWhereInput {
  const participant: Prisma.ParticipantWhereInput = {};
  if (filters.kind) participant.kind = filters.kind;
  if (filters.region) participant.region = filters.region;
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
// A page or an export in another language sorts its translated names in that language's order.
const collator = new Intl.Collator("en", { sensitivity: "base" });

type Sortable = Pick<PublishedAction, "name" | "date" | "datePrecision" | "action">;

export function comparePublishedActions(
  sort: SignatoryFilters["sort"],
  order: SignatoryFilters["order"],
  /** How names compare: English by default; a page in another language passes its own (participant-namer.ts). */
  compareNames: (a: string, b: string) => number = collator.compare,
) {
  const direction = order === "desc" ? -1 : 1;
  const lastDay = (row: Sortable) => lastDayOf({ date: row.date, precision: row.datePrecision }) ?? "";
  const byName = (a: Sortable, b: Sortable) => compareNames(a.name, b.name);
  const byDate = (a: Sortable, b: Sortable) => lastDay(a).localeCompare(lastDay(b));
  const byAction = (a: Sortable, b: Sortable) => a.action.localeCompare(b.action);
  return (a: Sortable, b: Sortable): number => {
    if (sort === "date") {
      // Undated actions go last whatever the order: they are the least placeable, not the earliest.
      if (!a.date !== !b.date) return a.date ? -1 : 1;
      return direction * byDate(a, b) || byName(a, b) || byAction(a, b);
    }
    return direction * byName(a, b) || byDate(a, b) || byAction(a, b);
  };
}

async function readPublishedActions(db: Database, instrumentId: string, filters: SignatoryFilters): Promise<PublishedAction[]> {
  const [records, reference] = await Promise.all([
    db.participantAction.findMany({ where: publishedActionWhere(instrumentId, filters), select: PUBLISHED_ACTION_SELECT }),
    filters.q ? readParticipantReference(db) : undefined,
  ]);
  // Names in six languages, accents and case ignored: beyond SQL's LIKE, so `q` is matched here.
  const q = filters.q;
  return records
    .map(({ participant, ...action }) => ({ ...participant, ...action }))
    .filter((row) => !q || matchesParticipantQuery(reference?.get(row.code) ?? row, q))
    .sort(comparePublishedActions(filters.sort, filters.order));
}

/** The published actions matching the signatory list's filters, in the order they ask for. */
export function listPublishedActions(db: Database, instrumentId: string, filters: SignatoryFilters): Promise<PublishedAction[]> {
  const key = `published-actions:${instrumentId}:${signatoryFiltersToQuery(filters).toString()}`;
  return cachedRead(db, key, () => readPublishedActions(db, instrumentId, filters));
}
