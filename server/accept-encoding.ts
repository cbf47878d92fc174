// Accept-Encoding, reduced to the three variants the page cache keeps (RFC 9110 §12.5.3): br, gzip or
// identity, honouring q-values. Anything else a client lists (deflate, zstd, compress) is never sent.

export const ENCODINGS = ["br", "gzip", "identity"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Ties between equal q-values go to the smaller transfer. */
const PREFERENCE: Record<Encoding, number> = { br: 3, gzip: 2, identity: 1 };

/** q-value per coding named in the header; "x-gzip" is gzip (RFC 9110 §8.4.1.3). */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(",")) {
    const [rawName, ...parameters] = part.split(";");
    const name = (rawName ?? "").trim().toLowerCase();
    if (!name) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter);
      if (match) quality = Number(match[1]);
    }
    if (!Number.isFinite(quality) || quality < 0 || quality > 1) quality = 0;
    const coding = name === "x-gzip" ? "gzip" : name;
    result.set(coding, Math.max(result.get(coding) ?? 0, quality));
  }
  return result;
}

/**
 * The best of `available` for this Accept-Encoding header, or null when the client accepts none of them
 * (e.g. `identity;q=0` for a stored PDF). No header means no preference: identity, the safe default.
 */
export function negotiateEncoding(header: string | undefined, available: readonly Encoding[] = ENCODINGS): Encoding | null {
  if (header === undefined) return available.includes("identity") ? "identity" : null;
  const listed = qualities(header);
  const wildcard = listed.get("*");
  // Unnamed identity ranks with the least wanted coding listed (as the `negotiator` package does): a client
  // that lists gzip gets gzip, not the larger identity.
  const lowestListed = Math.min(1, ...[...listed.values()].filter((quality) => quality > 0));
  let best: Encoding | null = null;
  let bestQuality = 0;
  for (const encoding of available) {
    // identity is acceptable unless excluded, by name or by "*;q=0" without naming it.
    const quality = listed.get(encoding) ?? wildcard ?? (encoding === "identity" ? lowestListed : 0);
    if (quality <= 0) continue;
    if (quality > bestQuality || (quality === bestQuality && best !== null && PREFERENCE[encoding] > PREFERENCE[best])) {
      best = encoding;
      bestQuality = quality;
    }
  }
  return best;
}
