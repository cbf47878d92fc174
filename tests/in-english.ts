import { isAppError, type AppError } from "@/lib/errors";
import { messageTranslator, translateFields } from "@/lib/i18n/translate-message";

// The domain's messages are message keys (lib/i18n/message-key.ts), written in the reader's language where
// they are shown. Tests that assert the wording read them as an English reader would.

/** Every string in `value` (deeply: arrays and plain objects) written in English; other values unchanged. */
export async function inEnglish<T>(value: T): Promise<T> {
  const translate = await messageTranslator("en");
  const walk = (item: unknown): unknown => {
    if (typeof item === "string") return translate(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === "object" && Object.getPrototypeOf(item) === Object.prototype)
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    return item;
  };
  return walk(value) as T;
}

/** The AppError `promise` rejects with, its message and field errors in English (as a form shows them). */
export async function refusedInEnglish(promise: Promise<unknown>): Promise<Pick<AppError, "code" | "message" | "fieldErrors" | "details">> {
  try {
    await promise;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const translate = await messageTranslator("en");
    return {
      code: error.code,
      message: translate(error.message),
      fieldErrors: translateFields(translate, error.fieldErrors),
      details: error.details,
    };
  }
  throw new Error("expected the call to be refused, but it succeeded");
}
