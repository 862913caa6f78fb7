import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';

/** Phase 1: what was added, corrected or removed on the lifeline during the session. */
export function ChangeTrail({ state }: { state: CaseState }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="stack">
      <h2>{t('session.changes')}</h2>
      {state.changes.length === 0 && <p className="muted">{t('session.noChanges')}</p>}
      <ul className="change-trail">
        {state.changes.map((c) => (
          <li key={c.id}>
            <span className="muted">
              {new Date(c.at).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
                timeStyle: 'short',
              })}
            </span>{' '}
            <strong dir="auto">{c.title}</strong> — {t(`session.changeActions.${c.action}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
