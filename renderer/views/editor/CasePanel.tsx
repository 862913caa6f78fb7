import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, Language } from '@shared/model';
import { TEXT_LIMITS } from '@shared/model';
import type { Dispatch } from '@shared/commands';

/** The case's pseudonymous title, family description, language and display settings. */
export function CasePanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const c = state.case;
  const [title, setTitle] = useState(c.title);
  const [description, setDescription] = useState(c.familyDescription);
  useEffect(() => {
    setTitle(c.title);
    setDescription(c.familyDescription);
  }, [c.title, c.familyDescription]);
  const dirty = title.trim() !== c.title || description !== c.familyDescription;
  return (
    <form
      className="stack"
      aria-labelledby="case-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty && title.trim())
          void dispatch('case.update', { title: title.trim(), familyDescription: description });
      }}
    >
      <h2 id="case-heading">{t('editor.caseDetails')}</h2>
      <label className="field">
        {t('caseForm.title')}
        <input
          value={title}
          maxLength={TEXT_LIMITS.title}
          onChange={(e) => setTitle(e.target.value)}
          dir="auto"
        />
      </label>
      <label className="field">
        {t('caseForm.description')}
        <textarea
          value={description}
          maxLength={TEXT_LIMITS.description}
          onChange={(e) => setDescription(e.target.value)}
          dir="auto"
        />
      </label>
      <button type="submit" className="primary" disabled={!dirty || !title.trim()}>
        {t('app.save')}
      </button>
      <label className="field">
        {t('caseForm.language')}
        <select
          value={c.language}
          onChange={(e) => void dispatch('case.update', { language: e.target.value as Language })}
        >
          <option value="nl">{t('app.languages.nl')}</option>
          <option value="en">{t('app.languages.en')}</option>
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={c.settings.showAges}
          onChange={(e) => void dispatch('case.update', { settings: { showAges: e.target.checked } })}
        />
        {t('caseForm.showAges')}
      </label>
    </form>
  );
}
