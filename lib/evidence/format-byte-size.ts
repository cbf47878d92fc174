/**
 * A file's size as people read it, in decimal units as the upload limit is written: "820 bytes", "48 kB",
 * "1.2 MB". Locale-aware, so the same call serves the other languages when they come.
 */
export function formatByteSize(bytes: number, locale = "en"): string {
  const [value, unit] = bytes < 1000 ? [bytes, "byte"] : bytes < 999_500 ? [bytes / 1000, "kilobyte"] : [bytes / 1_000_000, "megabyte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: unit === "byte" ? "long" : "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
