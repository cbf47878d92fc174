import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPageLocale } from "@/i18n/page-locale";
import { NotFoundContent } from "@/components/not-found-content";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function NotFound() {
  return <NotFoundContent locale={await getPageLocale()} />;
}
