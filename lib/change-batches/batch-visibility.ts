import type { Prisma } from "@/generated/prisma/client";
import type { ActingUser } from "@/lib/auth/acting-user";

/**
 * Which batches a user may see: administrators and editors without a scope see all (a second editor sees
 * the same preview); an editor limited to some participants sees only their own, since another's file may
 * hold rows of participants they do not handle.
 */
export function visibleBatchesWhere(user: ActingUser): Prisma.ChangeBatchWhereInput {
  return user.role === "admin" || user.scopeParticipantIds === null ? {} : { createdById: user.id };
}
