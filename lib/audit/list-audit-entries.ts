import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { requireUser, type ActingUser } from "@/lib/auth/acting-user";
import { createdAtWithin, optionalIsoDay } from "@/lib/dates/day-range";
import type { Database } from "@/lib/db";

export const auditFiltersSchema = z.object({
  actor: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => value || undefined),
  participant: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((value) => value?.toLowerCase() || undefined),
  from: optionalIsoDay,
  to: optionalIsoDay,
});

export type AuditFilters = Partial<z.output<typeof auditFiltersSchema>>;

/**
 * The audit log, newest first. Changes to user accounts are listed to administrators only; an editor
 * limited to some participants sees only the entries of those participants (drafts of others included
 * would show what is being prepared for a state they do not handle).
 */
export async function listAuditEntries(db: Database, actor: ActingUser | null, filters: AuditFilters, limit = 200) {
  const user = requireUser(actor);
  const where: Prisma.AuditEntryWhereInput = {
    AND: [
      user.role === "admin" ? {} : { entityType: { not: "user" } },
      user.scopeParticipantIds ? { participantId: { in: user.scopeParticipantIds } } : {},
      filters.actor ? { actorId: filters.actor } : {},
      filters.participant ? { participant: { code: filters.participant } } : {},
      createdAtWithin(filters.from, filters.to),
    ],
  };
  const [entries, actors] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true,
        createdAt: true,
        actorName: true,
        action: true,
        entityType: true,
        entityId: true,
        reason: true,
        participant: { select: { code: true, name: true } },
      },
    }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { entries, actors };
}
