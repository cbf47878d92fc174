/**
 * A value that reads left to right in any language: a signed number ("+3"), an ISO date or time, an ISO code
 * ("KAZ"), a document symbol ("A/73/123"), a SHA-256, a URL or an email. Isolated from the text around it, so
 * that in Arabic its characters are not reordered ("S/RES/2178 (2014)" shown as "(2014" … ) and its
 * neighbours are not pulled into it. Code (`code`, `pre`, `kbd`, `samp`) is isolated the same way by
 * app/globals.css.
 */
export function Ltr({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

// A private-use character: no message holds it, so it marks where the value goes in a translated sentence.
const SLOT = "\uE000";

/**
 * A translated sentence with a left-to-right value in it: `sentence` builds the text around a stand-in, and
 * the value goes in as <Ltr>, an element rather than Unicode isolate characters, so that copying a document
 * symbol or a CSV header copies no invisible character.
 */
export function withLtrValue(sentence: (slot: string) => string, value: string): React.ReactNode {
  const [before = "", ...after] = sentence(SLOT).split(SLOT);
  // A translation may leave the value out.
  if (after.length === 0) return before;
  return (
    <>
      {before}
      <Ltr>{value}</Ltr>
      {after.join(value)}
    </>
  );
}
