import type { Database } from "@/lib/db";
import { generatePassword, hashPassword } from "@/lib/auth/password";

export type FirstAdminResult = { created: false } | { created: true; email: string; generatedPassword: string | null };

/**
 * Creates the first admin when there are no users at all. The password comes from ADMIN_PASSWORD or is
 * generated and returned once, for the start command to print: it is stored only as an argon2id hash.
 */
export async function ensureFirstAdmin(db: Database, options: { email?: string; password?: string }): Promise<FirstAdminResult> {
  if ((await db.user.count()) > 0) return { created: false };
  const email = (options.email ?? "admin@example.org").toLowerCase();
  const password = options.password ?? generatePassword();
  await db.$transaction(async (tx) => {
    const admin = await tx.user.create({
      // A generated password is temporary (changed at first sign-in); one the operator chose is not.
      data: {
        email,
        name: "Administrator",
        role: "admin",
        passwordHash: await hashPassword(password),
        mustChangePassword: !options.password,
      },
      select: { id: true, name: true, role: true },
    });
    await tx.auditEntry.create({
      data: {
        actorName: "System",
        action: "user.create",
        entityType: "user",
        entityId: admin.id,
        after: JSON.stringify({ name: admin.name, role: admin.role }),
        reason: "First administrator, created at first start",
      },
    });
  });
  return { created: true, email, generatedPassword: options.password ? null : password };
}
