// The one citation printed in the XLSX metadata sheet, the PDF annex, the JSON document and the API page,
// so a figure quoted from any of them leads back to the same place.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "28 Sep 2018" for an ISO day. */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A date at its precision: "28 Sep 2018", "Sep 2018", "2018" or "date not known". */
export function formatPartialDate(date: string | null, precision: "day" | "month" | "year" | "unknown"): string {
  if (!date || precision === "unknown") return "date not known";
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") {
    const [year, month] = date.split("-").map(Number);
    return `${MONTHS[month - 1]} ${year}`;
  }
  return formatDay(date);
}

export const TRACKER_NAME = "Code of Conduct Signatory Tracker";

export function suggestedCitation(input: { instrumentTitle: string; asOf: string; url: string }): string {
  return `${TRACKER_NAME}, “Signatories of the ${input.instrumentTitle}”, as of ${formatDay(input.asOf)}. ${input.url}`;
}
