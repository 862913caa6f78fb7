import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { usePref } from '../../db/hooks';
import { setPref } from '../../db/prefs';
import { useServices } from '../../app/services';

/**
 * Asks for the physical width of this display once (remembered per device), so that 100 % zoom
 * shows the lifeline at its real length in metres.
 */
export function TrueSizeDialog({
  lengthMetres,
  screenWidthPx,
  onApply,
  onCancel,
}: {
  lengthMetres: number;
  screenWidthPx: number;
  onApply: (displayWidthCm: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const stored = usePref('displayWidthCm');
  const [value, setValue] = useState<string>(typeof stored === 'number' ? String(stored) : '');
  const cm = Number(value.replace(',', '.'));
  const valid = Number.isFinite(cm) && cm >= 10 && cm <= 2000 && screenWidthPx > 0;
  return (
    <Dialog title={t('wall.trueSize')} onClose={onCancel}>
      <form
        className="stack true-size-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          void setPref(db, 'displayWidthCm', cm);
          onApply(cm);
        }}
      >
        <p>{t('wall.trueSizeHint', { metres: lengthMetres })}</p>
        <label className="field">
          {t('wall.trueSizeSetup')}
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('wall.trueSize')} 100 %
          </button>
        </div>
      </form>
    </Dialog>
  );
}
