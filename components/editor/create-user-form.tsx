"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { RoleOptions } from "./role-options";
import type { FormAction, TemporaryPasswordState } from "@/lib/server-actions/form-state";
import { useFocusFirstError } from "./use-focus-first-error";

export function CreateUserForm({ createAction }: { createAction: FormAction<TemporaryPasswordState> }) {
  const t = useTranslations("editor.users");
  const [state, formAction, isPending] = useActionState(createAction, null);
  const failed = state?.ok === false ? state : null;
  const formRef = useFocusFirstError(failed?.attempt);
  const errors = failed?.fieldErrors ?? {};
  const values = (failed?.values ?? {}) as Record<string, string>;
  return (
    <form ref={formRef} key={state?.attempt ?? 0} action={formAction} className="space-y-5">
      <FormStatus message={failed?.message} />
      {state?.ok && (
        <FormStatus tone="success" message={t("created", { name: state.name })}>
          <p className="mt-2 font-mono text-lg" data-testid="temporary-password">
            {state.temporaryPassword}
          </p>
        </FormStatus>
      )}
      <Field id="new-name" label={t("name")} error={errors.name}>
        {(describedBy, invalid) => (
          <input
            id="new-name"
            name="name"
            defaultValue={values.name}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="new-email" label={t("email")} error={errors.email}>
        {(describedBy, invalid) => (
          <input
            id="new-email"
            name="email"
            type="email"
            dir="ltr"
            defaultValue={values.email}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="new-role" label={t("role")} error={errors.role}>
        {(describedBy) => (
          <select id="new-role" name="role" defaultValue={values.role ?? "editor"} aria-describedby={describedBy} className={inputClass}>
            <RoleOptions />
          </select>
        )}
      </Field>
      <Field id="new-scope" label={t("scope")} help={t("scopeHelp")} error={errors.scope}>
        {(describedBy, invalid) => (
          <input
            id="new-scope"
            name="scope"
            defaultValue={values.scope}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={isPending}>
        {t("create")}
      </button>
    </form>
  );
}
