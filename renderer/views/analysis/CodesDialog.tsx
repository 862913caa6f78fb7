import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_CODEBOOKS, type Code } from '@shared/analysis';
import type { CardRecord, CaseState } from '@shared/model';
import { Dialog } from '../../components/Dialog';
import type { Dispatch } from '@shared/commands';

/** Tag one card with codes from the built-in codebooks or the researchers' own codes. */
export function CodesDialog({
  state,
  card,
  dispatch,
  onClose,
}: {
  state: CaseState;
  card: CardRecord;
  dispatch: Dispatch;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const codes = state.analysis?.codes[card.id] ?? [];
  const custom = state.analysis?.customCodes ?? [];
  const [label, setLabel] = useState('');
  const toggle = (id: string, on: boolean) =>
    void dispatch('analysis.setCodes', {
      cardId: card.id,
      codes: on ? [...codes, id] : codes.filter((c) => c !== id),
    });
  const box = (c: Code) => (
    <label key={c.id} className="check">
      <input
        type="checkbox"
        checked={codes.includes(c.id)}
        onChange={(e) => toggle(c.id, e.target.checked)}
      />
      {c[lang]}
    </label>
  );
  return (
    <Dialog
      title={t('analysis.codesFor', {
        text: card.text.length > 80 ? `${card.text.slice(0, 80)}…` : card.text,
      })}
      onClose={onClose}
      labelledBy={`codes-${card.id}`}
    >
      <div className="codes-dialog stack">
        {BUILT_IN_CODEBOOKS.map((b) => (
          <fieldset key={b.id}>
            <legend>{b[lang]}</legend>
            {b.codes.map(box)}
          </fieldset>
        ))}
        <fieldset>
          <legend>{t('analysis.ownCodes')}</legend>
          {custom.map(box)}
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (label.trim())
                void dispatch('analysis.addCode', { label: label.trim() }).then(
                  (ok) => ok && setLabel((current) => (current === label ? '' : current)),
                );
            }}
          >
            <input
              className="grow"
              value={label}
              maxLength={80}
              aria-label={t('analysis.newCode')}
              placeholder={t('analysis.newCode')}
              onChange={(e) => setLabel(e.target.value)}
              dir="auto"
            />
            <button type="submit" disabled={!label.trim()}>
              + {t('analysis.addCode')}
            </button>
          </form>
        </fieldset>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('analysis.done')}
        </button>
      </div>
    </Dialog>
  );
}
