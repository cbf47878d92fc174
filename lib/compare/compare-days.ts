import { lastDayOf } from "@/lib/dates/partial-date";
import { isJoiningAction } from "@/lib/participant-actions/action-kinds";
import { standingAsOf } from "@/lib/participants/list-participant-statuses";
import { UN_REGIONS } from "@/lib/signatories/signatory-filters";
import type { PublishedAction } from "@/lib/signatories/list-published-actions";

// Between two days: who joined and who withdrew (an action counts from the last day of its dated period,
// as "as of" does everywhere), and how many signatories there were on each day, by region. Undated
// actions cannot be placed between two days and are left out of both lists.

/** The region buckets of the counts: the UN regions, then organisations (which have none). */
export const COMPARE_GROUPS = [...UN_REGIONS, "organizations"] as const;
export type CompareGroup = (typeof COMPARE_GROUPS)[number];

export type DayCounts = { total: number; states: number; organizations: number; byGroup: Record<CompareGroup, number> };

export type ComparedAction = Pick<PublishedAction, "code" | "name" | "kind" | "region" | "action" | "date" | "datePrecision">;

export type DaysComparison = {
  from: string;
  to: string;
  counts: { from: DayCounts; to: DayCounts };
  joined: ComparedAction[];
  withdrew: ComparedAction[];
};

const groupOf = (row: Pick<PublishedAction, "kind" | "region">): CompareGroup | null =>
  row.kind === "organization" ? "organizations" : (UN_REGIONS.find((region) => region === row.region) ?? null);

function countOn(byParticipant: Map<string, PublishedAction[]>, day: string): DayCounts {
  const counts: DayCounts = {
    total: 0,
    states: 0,
    organizations: 0,
    byGroup: Object.fromEntries(COMPARE_GROUPS.map((group) => [group, 0])) as Record<CompareGroup, number>,
  };
  for (const actions of byParticipant.values()) {
    const counted = actions.map((action) => ({
      action: action.action,
      countsFrom: lastDayOf({ date: action.date, precision: action.datePrecision }),
    }));
    const { status } = standingAsOf(counted, day);
    if (status !== "signed" && status !== "joined") continue;
    const first = actions[0]!;
    counts.total++;
    if (first.kind === "organization") counts.organizations++;
    else counts.states++;
    const group = groupOf(first);
    if (group) counts.byGroup[group]++;
  }
  return counts;
}

/** `from` and `to` are YYYY-MM-DD with from ≤ to; `rows` are the published actions (now, or at a revision). */
export function compareDays(rows: readonly PublishedAction[], from: string, to: string): DaysComparison {
  const byParticipant = new Map<string, PublishedAction[]>();
  for (const row of rows) byParticipant.set(row.code, [...(byParticipant.get(row.code) ?? []), row]);
  const between = (row: PublishedAction) => {
    const countsFrom = lastDayOf({ date: row.date, precision: row.datePrecision });
    return countsFrom !== null && countsFrom > from && countsFrom <= to;
  };
  const shown = ({ code, name, kind, region, action, date, datePrecision }: PublishedAction): ComparedAction => ({
    code,
    name,
    kind,
    region,
    action,
    date,
    datePrecision,
  });
  const byDate = (a: ComparedAction, b: ComparedAction) =>
    (lastDayOf({ date: a.date, precision: a.datePrecision }) ?? "").localeCompare(
      lastDayOf({ date: b.date, precision: b.datePrecision }) ?? "",
    ) || a.name.localeCompare(b.name, "en");
  return {
    from,
    to,
    counts: { from: countOn(byParticipant, from), to: countOn(byParticipant, to) },
    joined: rows
      .filter((row) => isJoiningAction(row.action) && between(row))
      .map(shown)
      .sort(byDate),
    withdrew: rows
      .filter((row) => row.action === "withdrawal" && between(row))
      .map(shown)
      .sort(byDate),
  };
}
