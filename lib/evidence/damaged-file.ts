/** The file claims a format but does not follow it: it is refused rather than repaired. */
export class DamagedFileError extends Error {
  constructor(public readonly problem: string) {
    super(`Damaged file: ${problem}`);
    this.name = "DamagedFileError";
  }
}

export function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
