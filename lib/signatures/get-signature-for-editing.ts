import "server-only";
import { requireParticipantScope, requireUser, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function getSignatureForEditing(db: Database, actor: ActingUser | null, id: string) {
  const user = requireUser(actor);
  const signature = await db.signature.findUnique({
    where: { id },
    select: {
      id: true, action: true, date: true, datePrecision: true, place: true, signerName: true, signerTitle: true,
      evidenceUrl: true, documentSymbol: true, evidenceDescription: true, verification: true, notes: true,
      status: true, version: true, updatedAt: true,
      participant: { select: { id: true, code: true, name: true, iso3: true } },
    },
  });
  if (!signature) throw new AppError("not_found", "There is no signature with this id: it may have been deleted.");
  requireParticipantScope(user, signature.participant.id, signature.participant.name);
  return signature;
}
