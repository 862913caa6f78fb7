import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { TEXT_LIMITS } from '@shared/model';
import { Dialog } from '../../components/Dialog';
import { uiLanguage } from '../../i18n';

export function NewCaseDialog({
  onCreate,
  onCancel,
}: {
  onCreate: (title: string, language: Language) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage());
  const valid = title.trim().length > 0;
  return (
    <Dialog title={t('library.newCase')} onClose={onCancel}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onCreate(title.trim(), language);
        }}
      >
        <label className="field">
          {t('library.newCaseTitle')}
          <input
            name="title"
            value={title}
            maxLength={TEXT_LIMITS.title}
            onChange={(e) => setTitle(e.target.value)}
            autoComplete="off"
            dir="auto"
          />
        </label>
        <label className="field">
          {t('caseForm.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="nl">{t('app.languages.nl')}</option>
            <option value="en">{t('app.languages.en')}</option>
          </select>
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('library.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
