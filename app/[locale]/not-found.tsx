import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundContent locale={isLocale(locale) ? locale : DEFAULT_LOCALE} />;
}
