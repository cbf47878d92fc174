import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import { createdAtWithin, optionalIsoDay } from "@/lib/dates/day-range";
import type { Database } from "@/lib/db";
import { isSecurityEventType } from "./security-event-types";

export const securityEventFiltersSchema = z.object({
  type: z
    .string()
    .optional()
    .transform((value) => (isSecurityEventType(value) ? value : undefined)),
  user: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => value || undefined),
  from: optionalIsoDay,
  to: optionalIsoDay,
});

export type SecurityEventFilters = Partial<z.output<typeof securityEventFiltersSchema>>;

/** The security log, newest first: administrators only. Names, never emails. */
export async function listSecurityEvents(db: Database, actor: ActingUser | null, filters: SecurityEventFilters, limit = 200) {
  requireAdmin(actor);
  const where: Prisma.SecurityEventWhereInput = {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.user ? { userId: filters.user } : {}),
    ...createdAtWithin(filters.from, filters.to),
  };
  const [events, users] = await Promise.all([
    db.securityEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true,
        createdAt: true,
        type: true,
        actorName: true,
        clientAddress: true,
        detail: true,
        user: { select: { id: true, name: true } },
      },
    }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { events, users };
}
