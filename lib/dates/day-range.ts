import { z } from "zod";
import { isIsoDay } from "./partial-date";

// "From" and "To" filters of the editor's logs: whole UTC days, a bad value ignored rather than refused.

/** A filter field holding YYYY-MM-DD, or nothing. */
export const optionalIsoDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value && isIsoDay(value) ? value : undefined));

/** A Prisma `createdAt` condition from the first moment of `from` to the last of `to` (either may be absent). */
export function createdAtWithin(from: string | undefined, to: string | undefined) {
  if (!from && !to) return {};
  return {
    createdAt: {
      ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
      ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    },
  };
}
