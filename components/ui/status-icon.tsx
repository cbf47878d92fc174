import type { ParticipantStatus } from "@/lib/participants/participant-status";

/** A status drawn as a shape as well as a colour, so it reads in greyscale and for colour-blind readers. */
export function StatusIcon({ status, className = "h-4 w-4" }: { status: ParticipantStatus; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={`inline-block shrink-0 ${className}`}>
      {status === "signed" && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="var(--color-signed)" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" strokeWidth="1.8" />
        </>
      )}
      {status === "joined" && (
        <>
          <circle cx="8" cy="8" r="7" fill="var(--color-joined)" stroke="var(--color-signed)" />
          <path d="M8 4.5v7M4.5 8h7" stroke="#0b2e57" strokeWidth="1.8" />
        </>
      )}
      {status === "withdrawn" && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="var(--color-withdrawn)" />
          <path d="M5 5l6 6M11 5l-6 6" stroke="#fff" strokeWidth="1.8" />
        </>
      )}
      {status === "not-signed" && <circle cx="8" cy="8" r="6.5" fill="var(--color-notsigned)" stroke="#6b7380" strokeWidth="1.5" />}
    </svg>
  );
}
