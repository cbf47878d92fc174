import { pageMessageTranslator, translateFields } from "@/lib/i18n/translate-message";
import type { FilterParseResult } from "./signatory-filters";

/** The filters' messages (message keys, lib/i18n/message-key.ts) written in the page's language. */
export async function inPageLanguage(parsed: FilterParseResult): Promise<FilterParseResult> {
  if (parsed.ok) return parsed;
  return { ...parsed, fieldErrors: translateFields(await pageMessageTranslator(), parsed.fieldErrors) };
}
