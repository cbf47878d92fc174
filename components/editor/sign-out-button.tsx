"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/ui/field";

export function SignOutButton() {
  const t = useTranslations("editor.nav");
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => void signOut({ callbackUrl: "/" })}>
      {t("signOut")}
    </button>
  );
}
