"use client";

import { useTranslations } from "next-intl";
import { UserRole } from "@/generated/prisma/enums";

/** The options of a role select, in the schema's order, named in the reader's language. */
export function RoleOptions() {
  const t = useTranslations("editor.roles");
  return Object.values(UserRole).map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
