"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { RoleOptions } from "./role-options";
import type { FormAction } from "@/lib/server-actions/form-state";

export function UpdateUserForm({
  updateAction,
  user,
}: {
  updateAction: FormAction;
  user: { id: string; name: string; role: string; isActive: boolean; scope: string };
}) {
  const t = useTranslations("editor.users");
  const [state, formAction, isPending] = useActionState(updateAction, null);
  const values = {
    role: user.role,
    isActive: String(user.isActive),
    scope: user.scope,
    ...(state?.values as Record<string, string> | undefined),
  };
  const errors = state?.fieldErrors ?? {};
  const prefix = `user-${user.id}`;
  return (
    <form key={state?.attempt ?? 0} action={formAction} aria-label={user.name} className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormStatus message={state?.message} />
      </div>
      <input type="hidden" name="id" value={user.id} />
      <Field id={`${prefix}-role`} label={t("role")} error={errors.role}>
        {(describedBy) => (
          <select id={`${prefix}-role`} name="role" defaultValue={values.role} aria-describedby={describedBy} className={inputClass}>
            <RoleOptions />
          </select>
        )}
      </Field>
      <Field id={`${prefix}-active`} label={t("status")} error={errors.isActive}>
        {(describedBy) => (
          <select
            id={`${prefix}-active`}
            name="isActive"
            defaultValue={values.isActive}
            aria-describedby={describedBy}
            className={inputClass}
          >
            <option value="true">{t("active")}</option>
            <option value="false">{t("inactive")}</option>
          </select>
        )}
      </Field>
      <Field id={`${prefix}-scope`} label={t("scope")} error={errors.scope}>
        {(describedBy, invalid) => (
          <input
            id={`${prefix}-scope`}
            name="scope"
            defaultValue={values.scope}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`${prefix}-reason`} label={t("reason")} error={errors.reason}>
        {(describedBy) => <input id={`${prefix}-reason`} name="reason" aria-describedby={describedBy} className={inputClass} />}
      </Field>
      <div>
        <button type="submit" className={secondaryButtonClass} disabled={isPending}>
          {t("update")}
        </button>
      </div>
    </form>
  );
}
