/** The form-level message, announced politely to screen readers when it appears. */
export function FormStatus({
  message,
  tone = "error",
  children,
}: {
  message?: string | null;
  tone?: "error" | "success";
  children?: React.ReactNode;
}) {
  const colours = tone === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div aria-live="polite" role="status" data-testid="form-status">
      {message && (
        <div className={`rounded border-s-4 px-4 py-3 ${colours}`}>
          <p className="font-medium">{message}</p>
          {children}
        </div>
      )}
    </div>
  );
}
