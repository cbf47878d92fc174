"use server";

import { redirect } from "next/navigation";
import type { CreateUserState } from "@/components/editor/create-user-form";
import { failedFormState, formValues, type FormState } from "@/lib/server-actions/form-state";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createUser, updateUser } from "@/lib/users/manage-users";

export async function addUser(previous: CreateUserState, formData: FormData): Promise<CreateUserState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    const { temporaryPassword } = await createUser(db, actor, values);
    // Returned, not redirected: the temporary password must be shown once, and never put in a URL.
    return { ok: true, name: String(values.name), temporaryPassword, attempt: (previous?.attempt ?? 0) + 1 };
  } catch (error) {
    return failedFormState(error, values, previous?.ok === false ? previous : null);
  }
}

export async function changeUser(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActingUser();
  const values = formValues(formData);
  try {
    await updateUser(db, actor, values);
  } catch (error) {
    return failedFormState(error, values, previous);
  }
  redirect("/editor/users?updated=1");
}
