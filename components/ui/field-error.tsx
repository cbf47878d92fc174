/** A form field's error, in words that say how to fix it; linked to the field by `id` (aria-describedby). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-[#a1260d]">
      {message}
    </p>
  );
}
