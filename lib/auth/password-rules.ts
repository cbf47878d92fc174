import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// What a new password must be: at least 12 characters, not the account's email, not on the list of common
// passwords that @zxcvbn-ts/language-common ships (about 50,000 from public breach corpora), and not
// easily guessed from it — zxcvbn scores how many guesses a password resists, so "password1234" and
// "qwertyuiop12" are refused as well as exact matches.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
let commonPasswords: Set<string> | undefined;

function checker() {
  // Built on first use: decompressing the dictionaries takes a moment and most requests never need it.
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  commonPasswords ??= new Set(common.dictionary["passwords-common"]);
  return { factory, commonPasswords };
}

/** Why `password` is not acceptable for this account, in words that say how to fix it; null when it is. */
export function passwordProblem(password: string, account: { email: string; name?: string }): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.trim().toLowerCase();
  const email = account.email.trim().toLowerCase();
  if (lower === email || lower === email.split("@")[0]) return "Do not use your email address as your password";
  const { factory, commonPasswords } = checker();
  if (commonPasswords.has(lower)) return "This password is on a list of commonly used passwords: choose another";
  // The email and name, whole and in parts ("aigerim.n" → "aigerim"), so passwords built from them score low.
  const personal = [email, ...email.split(/[@.\-_+]/), ...(account.name ? [account.name, ...account.name.split(/\s+/)] : [])].filter(
    (part) => part.length >= 3,
  );
  const result = factory.check(password, personal);
  if (result.score >= MIN_SCORE) return null;
  if (result.feedback.warning === "userInputs") return "Do not build your password from your email address or name";
  return "This password is too easy to guess: use a longer phrase of unrelated words, or a password manager";
}
