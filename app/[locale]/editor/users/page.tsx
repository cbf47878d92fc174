import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/editor/create-user-form";
import { ResetPasswordForm } from "@/components/editor/reset-password-form";
import { UpdateUserForm } from "@/components/editor/update-user-form";
import { FormStatus } from "@/components/ui/form-status";
import { getActingUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listUsers } from "@/lib/users/list-users";
import { addUser, changeUser, resetUserPassword } from "./actions";
import { Ltr } from "@/components/ui/ltr";
import { pageMessageTranslator } from "@/lib/i18n/translate-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.users"))("metaTitle") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [actor, query, t, tEditor, format] = await Promise.all([
    getActingUser(),
    searchParams,
    getTranslations("editor.users"),
    getTranslations("editor"),
    getFormatter(),
  ]);
  let users;
  try {
    users = await listUsers(db, actor);
  } catch (error) {
    if (isAppError(error)) return <FormStatus message={(await pageMessageTranslator())(error.message)} />;
    throw error;
  }
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      {query.updated && <FormStatus tone="success" message={t("updated")} />}
      <section aria-labelledby="create-heading" className="space-y-4">
        <h2 id="create-heading" className="text-xl font-semibold">
          {t("createHeading")}
        </h2>
        <CreateUserForm createAction={addUser} />
      </section>
      <section aria-labelledby="accounts-heading" className="space-y-4">
        <h2 id="accounts-heading" className="text-xl font-semibold">
          {t("tableCaption")}
        </h2>
        <ul className="space-y-6">
          {users.map((user) => (
            <li key={user.id} className="space-y-3 rounded border border-rule bg-white p-4">
              <p>
                <strong>{user.name}</strong> · <Ltr>{user.email}</Ltr> · {tEditor(`roles.${user.role}`)} ·{" "}
                {user.isActive ? t("active") : t("inactive")} ·{" "}
                {user.editableParticipants.length ? format.list(user.editableParticipants.map((p) => p.name)) : t("scopeAll")} ·{" "}
                {user.hasTwoFactor ? t("twoFactorOn") : t("twoFactorOff")}
                {user.mustChangePassword && <> · {t("temporaryPassword")}</>}
              </p>
              <UpdateUserForm
                updateAction={changeUser}
                user={{
                  id: user.id,
                  name: user.name,
                  role: user.role,
                  isActive: user.isActive,
                  scope: user.editableParticipants.map((p) => p.code).join(", "),
                }}
              />
              {user.id !== actor?.id && (
                <ResetPasswordForm
                  resetAction={resetUserPassword}
                  user={{ id: user.id, name: user.name, hasTwoFactor: user.hasTwoFactor }}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
