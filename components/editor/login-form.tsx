"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SIGN_IN_ERRORS } from "@/lib/auth/sign-in-errors";

type Step = "password" | "code" | "recovery";

/**
 * Sign-in in up to two steps: email and password, then — for accounts with two-factor sign-in — a code from
 * the authenticator app or a recovery code. The second step sends the password again with the code (kept
 * only in this component's memory), so the server checks both together and no half-signed-in session
 * exists. Afterwards `continuePath` (the /login page) decides where to go: a pending step, or the callback.
 */
export function LoginForm({ continuePath }: { continuePath: string }) {
  const t = useTranslations("editor.login");
  const [step, setStep] = useState<Step>("password");
  const [message, setMessage] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const credentials = useRef({ email: "", password: "" });

  function lockedMessage(error: string) {
    const seconds = Math.max(1, Number(error.slice(SIGN_IN_ERRORS.locked.length)) || 1);
    return seconds >= 120 ? t("lockedMinutes", { minutes: Math.ceil(seconds / 60) }) : t("locked", { seconds });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setMessage(null);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    if (step === "password") credentials.current = { email: text("email"), password: text("password") };
    const secondFactor = step === "code" ? { code: text("code") } : step === "recovery" ? { recoveryCode: text("recoveryCode") } : {};
    const result = await signIn("credentials", { ...credentials.current, ...secondFactor, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders the next page with the new session cookie.
      window.location.assign(continuePath);
      return;
    }
    setSubmitting(false);
    const error = result?.error ?? "";
    if (error === SIGN_IN_ERRORS.twoFactorRequired) {
      setStep("code");
    } else if (error === SIGN_IN_ERRORS.twoFactorInvalid) {
      setMessage(step === "recovery" ? t("recoveryInvalid") : t("twoFactorInvalid"));
    } else if (error.startsWith(SIGN_IN_ERRORS.locked)) {
      setMessage(lockedMessage(error));
    } else if (error === "CredentialsSignin") {
      // Only possible if the password stopped working between the steps: start again.
      credentials.current = { email: "", password: "" };
      setStep("password");
      setMessage(t("invalid"));
    } else {
      setMessage(t("failed"));
    }
  }

  function startOver() {
    credentials.current = { email: "", password: "" };
    setMessage(null);
    setStep("password");
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="max-w-md space-y-5" noValidate key={step}>
      <FormStatus message={message} />
      {step === "password" ? (
        <>
          <div className="space-y-1">
            <label htmlFor="email" className="block font-medium">
              {t("email")}
            </label>
            <input id="email" name="email" type="email" dir="ltr" autoComplete="username" required className={inputClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor="password" className="block font-medium">
              {t("password")}
            </label>
            <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
          </div>
        </>
      ) : (
        <SecondFactorFields step={step} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : step === "password" ? t("submit") : t("verify")}
        </button>
        {step !== "password" && (
          <>
            <button type="button" className={secondaryButtonClass} onClick={() => setStep(step === "code" ? "recovery" : "code")}>
              {step === "code" ? t("useRecoveryCode") : t("useCode")}
            </button>
            <button type="button" className="underline underline-offset-4" onClick={startOver}>
              {t("startOver")}
            </button>
          </>
        )}
      </div>
    </form>
  );
}

function SecondFactorFields({ step }: { step: "code" | "recovery" }) {
  const t = useTranslations("editor.login");
  const [name, label, help, intro] =
    step === "code"
      ? (["code", t("code"), t("codeHelp"), t("twoFactorIntro")] as const)
      : (["recoveryCode", t("recoveryCode"), t("recoveryCodeHelp"), t("recoveryIntro")] as const);
  return (
    <div className="space-y-3">
      <p>{intro}</p>
      <div className="space-y-1">
        <label htmlFor={name} className="block font-medium">
          {label}
        </label>
        <p id={`${name}-help`} className="text-sm text-muted">
          {help}
        </p>
        <input
          id={name}
          name={name}
          aria-describedby={`${name}-help`}
          autoComplete="one-time-code"
          inputMode={step === "code" ? "numeric" : "text"}
          autoFocus
          required
          className={inputClass}
        />
      </div>
    </div>
  );
}
