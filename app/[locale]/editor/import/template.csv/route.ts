// GET /editor/import/template.csv — the import template: the header row of the columns an import reads
import { TEMPLATE_COLUMNS } from "@/lib/imports/import-columns";

// Only the header: the template holds no example row, so that nothing invented can be imported by mistake.
export function GET() {
  return new Response(`${TEMPLATE_COLUMNS.join(",")}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="signatory-import-template.csv"',
    },
  });
}
