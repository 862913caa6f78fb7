import { useTranslation } from 'react-i18next';
import type { CaseState, Language } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { changeTrailRows } from '@shared/trail';
import { ParticipantSelect } from '../../components/ParticipantSelect';

/**
 * The session's change trail as a table: when, which moment, what happened, every changed field
 * as "was → became", and who raised it (chosen here; by default who had the floor).
 */
export function ChangeTrail({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'nl';
  const rows = changeTrailRows(state, lang);
  const time = (at: number) =>
    new Date(at).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'nl-NL', { timeStyle: 'short' });
  return (
    <section className="stack" aria-labelledby="trail-heading">
      <h2 id="trail-heading">{t('trail.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('trail.none')}</p>
      ) : (
        <table className="trail-table">
          <thead>
            <tr>
              <th>{t('trail.when')}</th>
              <th>{t('trail.item')}</th>
              <th>{t('trail.what')}</th>
              <th>{t('trail.change')}</th>
              <th>{t('trail.raisedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.change.id} data-change-id={row.change.id} className={`trail-${row.change.action}`}>
                <td className="nowrap">{time(row.change.at)}</td>
                <td dir="auto">
                  <strong>{row.title}</strong>
                </td>
                <td>{row.action}</td>
                <td>
                  {row.detailed ? (
                    <ul className="trail-fields">
                      {row.fields.map((f) => (
                        <li key={f.field}>
                          <span className="muted">{f.label}:</span>{' '}
                          {f.before !== null && (
                            <span className="was" dir="auto">
                              {f.before}
                            </span>
                          )}
                          {f.before !== null && f.after !== null && ' → '}
                          {f.after !== null && (
                            <span className="became" dir="auto">
                              {f.after}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('trail.notRecorded')}</span>
                  )}
                </td>
                <td>
                  <ParticipantSelect
                    participants={state.participants}
                    value={row.change.raisedBy ?? null}
                    noneLabel={t('trail.nobody')}
                    ariaLabel={t('trail.raisedByFor', { title: row.title })}
                    onChange={(participantId) =>
                      void dispatch('change.setRaisedBy', { id: row.change.id, participantId })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
