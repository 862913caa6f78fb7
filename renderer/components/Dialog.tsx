import { useEffect, useRef, type ReactNode } from 'react';
import { useLatest } from '../app/useLatest';

/**
 * A modal dialog on the native `<dialog>` element (`showModal()`): the rest of the page is inert,
 * and Tab / Shift+Tab wrap around inside it (the browser alone would let them leave for its own
 * toolbar after the last control); focus moves to the first field once when it opens (not
 * after every change inside it) and returns where it was when it closes; Escape and a press on
 * the backdrop close it.
 */
export function Dialog({
  title,
  onClose,
  children,
  labelledBy = 'dialog-title',
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  labelledBy?: string;
  /** Extra class, e.g. "wide" for a dialog with a table. */
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useLatest(onClose);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // A dialog to read first marks its start with data-autofocus (and tabIndex -1).
    const first = dialog.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button');
    first?.focus();
    // Escape: the browser would close the element itself; the owner decides instead.
    const onCancel = (e: Event) => {
      e.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, [close]);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      onKeyDown={(e) => {
        if (e.key !== 'Tab') return;
        const stops = tabStops(e.currentTarget);
        if (stops.length === 0) return;
        const first = stops[0]!;
        const last = stops[stops.length - 1]!;
        if (e.shiftKey && (document.activeElement === first || document.activeElement === e.currentTarget)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }}
      onPointerDown={(e) => {
        // The backdrop belongs to the <dialog> element: a press outside its box closes it.
        if (e.target !== e.currentTarget) return;
        const r = e.currentTarget.getBoundingClientRect();
        const inside =
          e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
        if (!inside) close.current();
      }}
    >
      <h2 id={labelledBy}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The controls Tab visits inside an element, in order. */
function tabStops(root: HTMLElement): HTMLElement[] {
  const candidates = root.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
  );
  return [...candidates].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}
