import { isAppError } from "@/lib/errors";
import { messageTranslator, translateFields } from "@/lib/i18n/translate-message";

/**
 * The refusal a domain call ends in, written in English as a form or an API body would show it (the domain
 * speaks in message keys, lib/i18n/message-key.ts). Fails the test when the call succeeds or throws a bug.
 */
export async function englishRefusal(promise: Promise<unknown>) {
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
  throw new Error("Expected a refusal");
}
