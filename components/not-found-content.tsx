import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/locales";

/** The "page not found" text and its way out, in a language given explicitly (the 404 outside a language has none to read). */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "public.notFound" });
  const links = [
    { href: "/signatories", label: t("signatories") },
    { href: "/non-signatories", label: t("nonSignatories") },
    { href: "/", label: t("home") },
  ];
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p>{t("text")}</p>
      <ul className="list-disc space-y-1 ps-6">
        {links.map((link) => (
          <li key={link.href}>
            <NextLink href={localizedPath(link.href, locale)} className="underline underline-offset-4">
              {link.label}
            </NextLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
