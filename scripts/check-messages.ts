// npm run check:messages — fails when a language lacks a message file or key that English has (or has one
// English does not), or when an English key is used nowhere in the code. Part of `npm run lint`.
import { UNTRANSLATED_LOCALES } from "@/i18n/message-files";
import { checkMessagesIn } from "./messages/check-messages-in";

const { problems, notes } = checkMessagesIn({ root: process.cwd(), sourceRoot: process.cwd(), untranslated: UNTRANSLATED_LOCALES });
notes.forEach((note) => console.log(`note: ${note}`));
if (problems.length > 0) {
  problems.forEach((problem) => console.error(`error: ${problem}`));
  console.error(`\n${problems.length} message problem(s).`);
  process.exit(1);
}
console.log("Messages: every translated language has every English key and no other, and every English key is used.");
