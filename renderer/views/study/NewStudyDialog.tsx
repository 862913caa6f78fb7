import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, type CaseRecord } from '@shared/model';
import { Dialog } from '../../components/Dialog';

/** A new study: its name and, optionally, the cases it starts with. */
export function NewStudyDialog({
  cases,
  onCreate,
  onCancel,
}: {
  cases: readonly CaseRecord[];
  onCreate: (name: string, caseIds: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const valid = name.trim().length > 0;
  return (
    <Dialog title={t('study.newStudy')} onClose={onCancel} labelledBy="new-study-title">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid)
            onCreate(
              name.trim(),
              cases.filter((c) => chosen.has(c.id)).map((c) => c.id),
            );
        }}
      >
        <label className="field">
          {t('study.name')}
          <input
            name="name"
            value={name}
            maxLength={TEXT_LIMITS.title}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            dir="auto"
          />
        </label>
        {cases.length > 0 && (
          <fieldset className="study-case-choice">
            <legend>{t('study.chooseCases')}</legend>
            {cases.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(c.id)}
                  onChange={(e) =>
                    setChosen((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.add(c.id);
                      else next.delete(c.id);
                      return next;
                    })
                  }
                />
                <span dir="auto">{c.title}</span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('study.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
