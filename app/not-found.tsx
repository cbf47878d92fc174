import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function NotFound() {
  const t = await getTranslations("public.notFound");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p>{t("text")}</p>
      <ul className="list-disc space-y-1 ps-6">
        <li>
          <Link href="/signatories" className="underline underline-offset-4">
            {t("signatories")}
          </Link>
        </li>
        <li>
          <Link href="/non-signatories" className="underline underline-offset-4">
            {t("nonSignatories")}
          </Link>
        </li>
        <li>
          <Link href="/" className="underline underline-offset-4">
            {t("home")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
