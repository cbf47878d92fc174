import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

// The sign-in pages: the sign-in form, and the steps some accounts must take before the editor opens.
// Their client components get only the messages they use.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const editor = (await getMessages()).editor as Record<string, unknown>;
  return (
    <NextIntlClientProvider messages={{ editor: { login: editor.login, account: editor.account, nav: editor.nav } }}>
      <div className="space-y-6">{children}</div>
    </NextIntlClientProvider>
  );
}
