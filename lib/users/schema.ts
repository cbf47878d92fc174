import { z } from "zod";
import { UserRole } from "@/generated/prisma/enums";
import { requiredText } from "@/lib/validation/fields";

/** Participant codes an editor may edit, typed as "kaz, tun" or "Kazakhstan — KAZ"; empty means all. */
const scopeField = z
  .string()
  .trim()
  .max(4000, { message: "The list is too long" })
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(/[,\n;]/)
      .map((part) => part.trim())
      .filter(Boolean),
  );

export const createUserSchema = z.object({
  name: requiredText("Name", 120),
  email: z
    .string({ message: "Enter an email address" })
    .trim()
    .toLowerCase()
    .max(320, { message: "The email address is too long" })
    .pipe(z.email({ message: "Enter an email address like name@example.org" })),
  role: z.enum(UserRole, { message: "Choose admin or editor" }),
  scope: scopeField,
});

export const updateUserSchema = z.object({
  id: z.string().min(1).max(40),
  role: z.enum(UserRole, { message: "Choose admin or editor" }),
  scope: scopeField,
  isActive: z.enum(["true", "false"], { message: "Choose active or deactivated" }).transform((value) => value === "true"),
  reason: z
    .string()
    .trim()
    .max(500, { message: "Use at most 500 characters" })
    .optional()
    .transform((value) => (value ? value : null)),
});
