import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { redirect } from "next/navigation";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/editor/sign-out-button";
import { getPageLocale } from "@/i18n/page-locale";
import { continueSignInPath } from "@/lib/auth/pending-step-path";
import { getSignInState } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const state = await getSignInState();
  // The proxy redirects visitors with no session cookie; this also catches signed-out, expired and revoked
  // sessions, and sends a session with a step pending (temporary password, administrator without two-factor
  // sign-in) to that step. The pages and actions check again on their own: this is not the guard.
  if (!state || state.pendingStep) redirect(continueSignInPath("/editor", await getPageLocale()));
  const actor = state.user;
  const t = await getTranslations("editor");
  const messages = await getMessages();
  const links = [
    { href: "/editor", label: t("nav.dashboard") },
    { href: "/editor/signatures/new", label: t("nav.newSignature") },
    { href: "/editor/statements/new", label: t("nav.newStatement") },
    { href: "/editor/import", label: t("nav.import") },
    { href: "/editor/ceremony", label: t("nav.ceremony") },
    { href: "/editor/review", label: t("nav.review") },
    { href: "/editor/audit", label: t("nav.audit") },
    ...(actor.role === "admin"
      ? [
          { href: "/editor/users", label: t("nav.users") },
          { href: "/editor/names", label: t("nav.names") },
          { href: "/editor/code-texts", label: t("nav.codeTexts") },
          { href: "/editor/security", label: t("nav.security") },
        ]
      : []),
    { href: "/editor/account", label: t("nav.account") },
  ];
  return (
    // Only the editor's messages go to the browser, and only on editor pages.
    <NextIntlClientProvider messages={{ editor: messages.editor as AbstractIntlMessages }}>
      <div className="space-y-8">
        <div className="flex flex-wrap items-center justify-between gap-4 border-b border-rule pb-4">
          <nav aria-label={t("nav.label")}>
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="underline-offset-4 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm text-muted">
            <span>{t("nav.signedInAs", { name: actor.name, role: t(`roles.${actor.role}`) })}</span>
            <SignOutButton />
          </div>
        </div>
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
