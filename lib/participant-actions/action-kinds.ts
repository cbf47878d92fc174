import type { Prisma } from "@/generated/prisma/client";
import { ActionKind } from "@/generated/prisma/enums";

// A signature and an accession both make a participant a signatory ("joining"); a withdrawal undoes it.
// The counts, the statuses and the rule of one active record per participant all ask the same question.

const JOINING_ACTIONS: readonly ActionKind[] = [ActionKind.signature, ActionKind.accession];

export function isJoiningAction(action: ActionKind): boolean {
  return JOINING_ACTIONS.includes(action);
}

/** The same question as a Prisma filter on the `action` column. */
export function joiningActionFilter(): Prisma.EnumActionKindFilter {
  return { in: [...JOINING_ACTIONS] };
}
