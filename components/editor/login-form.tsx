"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { buttonClass, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

const LOCKED_PREFIX = "locked:";

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("editor.login");
  const [message, setMessage] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setMessage(null);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    const result = await signIn("credentials", {
      email: text("email"),
      password: text("password"),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders the editor with the new session cookie.
      window.location.assign(callbackPath);
      return;
    }
    setSubmitting(false);
    const error = result?.error ?? "";
    if (error.startsWith(LOCKED_PREFIX)) {
      setMessage(t("locked", { minutes: Math.max(1, Math.ceil(Number(error.slice(LOCKED_PREFIX.length)) / 60)) }));
    } else {
      setMessage(error === "CredentialsSignin" ? t("invalid") : t("failed"));
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="max-w-md space-y-5" noValidate>
      <FormStatus message={message} />
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
