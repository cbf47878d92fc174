import type { ActionKind, DatePrecision } from "@/generated/prisma/enums";
import { lastDayOf } from "@/lib/dates/partial-date";

type TimelineAction = {
  code: string;
  name: string;
  action: ActionKind;
  date: string | null;
  datePrecision: DatePrecision;
};

export type TimelineStep = { day: string; joined: number; withdrew: number; total: number; hasPeriodDates: boolean };

/**
 * The cumulative number of signatories, one step per day on which the count changed. Each action is placed
 * on the last day of its dated period ("Sep 2018" on 30 Sep 2018), the first day it surely counted; actions
 * with no known date cannot be placed and are returned apart.
 */
export function buildSignatoryTimeline(actions: readonly TimelineAction[]) {
  const byDay = new Map<string, { joined: number; withdrew: number; hasPeriodDates: boolean }>();
  const undated: TimelineAction[] = [];
  for (const action of actions) {
    const day = lastDayOf({ date: action.date, precision: action.datePrecision });
    if (!day) {
      undated.push(action);
      continue;
    }
    const step = byDay.get(day) ?? { joined: 0, withdrew: 0, hasPeriodDates: false };
    if (action.action === "withdrawal") step.withdrew += 1;
    else step.joined += 1;
    if (action.datePrecision !== "day") step.hasPeriodDates = true;
    byDay.set(day, step);
  }
  let total = 0;
  const steps: TimelineStep[] = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, step]) => {
      total += step.joined - step.withdrew;
      return { day, ...step, total };
    });
  return { steps, undated };
}
