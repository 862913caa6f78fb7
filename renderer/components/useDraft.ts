import { useState } from 'react';

/**
 * The text of a field that stores on commit (blur, Enter): what was typed stays on screen until
 * the stored value changes — the commit was stored, or another window changed it — so the field
 * never flicks back to the old value while the write is on its way, and a refused commit leaves
 * the typed text in place.
 */
export function useDraft(stored: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(stored);
  const [base, setBase] = useState(stored);
  if (stored !== base) {
    setBase(stored);
    setDraft(stored);
  }
  return [draft, setDraft];
}
