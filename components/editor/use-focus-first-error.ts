"use client";

import { useEffect, useRef } from "react";

/** After a failed submission, moves keyboard focus to the first field marked invalid. */
export function useFocusFirstError(attempt: number | undefined) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!attempt) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  return formRef;
}
