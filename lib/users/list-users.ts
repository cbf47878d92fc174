import "server-only";
import { requireAdmin, type ActingUser } from "@/lib/auth/acting-user";
import type { Database } from "@/lib/db";

/** Accounts for the admin page: no password hashes or two-factor secrets, ever. */
export async function listUsers(db: Database, actor: ActingUser | null) {
  requireAdmin(actor);
  const users = await db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      mustChangePassword: true,
      totpEnabledAt: true,
      createdAt: true,
      editableParticipants: { orderBy: { name: "asc" }, select: { code: true, name: true } },
    },
  });
  return users.map(({ totpEnabledAt, ...user }) => ({ ...user, hasTwoFactor: totpEnabledAt !== null }));
}
