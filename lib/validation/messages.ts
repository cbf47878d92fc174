import { messageKey } from "@/lib/i18n/message-key";

// The domain's validation messages as message keys (messages/<locale>/validation.json), written in the
// reader's language where they are shown: a form's status (lib/server-actions/form-state.ts), an API error.

/** A form's status when some of its fields are wrong (each says what, beside it). */
export const CHECK_THE_FIELDS = messageKey("validation.checkFields");
/** The same, for a form of one field. */
export const CHECK_THE_FIELD = messageKey("validation.checkField");
