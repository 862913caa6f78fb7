import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for a job that takes seconds (a PDF, a Word or Excel file): while the job runs it is
 * disabled, reads "Bezig…" and is `aria-busy`, so it cannot be started twice; the rest of the
 * screen stays usable. The job reports its own result and errors (a toast); the button only
 * comes back when the job has ended, however it ended.
 */
export function BusyButton({
  run,
  children,
  className,
}: {
  run: () => Promise<unknown>;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // A double click starts the job once, before React has re-rendered the button as disabled.
  const running = useRef(false);
  const start = () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    void run()
      .catch(() => undefined)
      .finally(() => {
        running.current = false;
        setBusy(false);
      });
  };
  return (
    <button
      type="button"
      className={`busy-button ${className ?? ''}`}
      disabled={busy}
      aria-busy={busy}
      data-busy={busy || undefined}
      onClick={start}
    >
      {/* The label stays in the layout (hidden) so the button keeps its width while busy. */}
      <span className={busy ? 'busy-button-label hidden-label' : 'busy-button-label'}>{children}</span>
      {busy && <span className="busy-button-busy">{t('app.busy')}</span>}
    </button>
  );
}
