import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import { isIsoDay } from "@/lib/dates/partial-date";
import type { Database } from "@/lib/db";

const day = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value && isIsoDay(value) ? value : undefined));

export const auditFiltersSchema = z.object({
  actor: z.string().trim().max(40).optional().transform((value) => value || undefined),
  participant: z.string().trim().max(60).optional().transform((value) => value?.toLowerCase() || undefined),
  from: day,
  to: day,
});

export type AuditFilters = Partial<z.output<typeof auditFiltersSchema>>;

/** The audit log, newest first. Changes to user accounts are listed to administrators only. */
export async function listAuditEntries(db: Database, actor: ActingUser | null, filters: AuditFilters, limit = 200) {
  const user = requireUser(actor);
  const where: Prisma.AuditEntryWhereInput = {
    ...(user.role === "admin" ? {} : { entityType: { not: "user" } }),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.participant ? { participant: { code: filters.participant } } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [entries, actors] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true, createdAt: true, actorName: true, action: true, entityType: true, entityId: true, reason: true,
        participant: { select: { code: true, name: true } },
      },
    }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { entries, actors };
}
