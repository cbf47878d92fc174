/** Shown while long work runs on the server: an indeterminate progress bar and what is happening. */
export function ProgressNote({ label, message }: { label: string; message: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-1">
      <progress aria-label={label} className="block h-2 w-full max-w-xl" />
      <p className="text-sm text-muted">{message}</p>
    </div>
  );
}
