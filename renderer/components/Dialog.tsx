import { useEffect, useRef, type ReactNode } from 'react';
import { useLatest } from '../app/useLatest';

/** A modal dialog: focus moves in, Escape closes, the backdrop click closes. */
export function Dialog({
  title,
  onClose,
  children,
  labelledBy = 'dialog-title',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  labelledBy?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest onClose, so a parent's re-render (a new closure) does not re-run the effect
  // below: that moved the focus back and forth while the user typed elsewhere.
  const close = useLatest(onClose);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [close]);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={labelledBy} ref={ref}>
        <h2 id={labelledBy}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
