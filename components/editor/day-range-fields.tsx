import { inputClass } from "@/components/ui/field";

/** The "From" and "To" day fields of the editor's log filters (GET forms: the values live in the URL). */
export function DayRangeFields({ from, to, labels }: { from?: string; to?: string; labels: { from: string; to: string } }) {
  return (
    <>
      <div>
        <label htmlFor="from" className="block text-sm font-medium">
          {labels.from}
        </label>
        <input id="from" name="from" type="date" defaultValue={from ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="to" className="block text-sm font-medium">
          {labels.to}
        </label>
        <input id="to" name="to" type="date" defaultValue={to ?? ""} className={inputClass} />
      </div>
    </>
  );
}
