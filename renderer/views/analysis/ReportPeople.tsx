import { useTranslation } from 'react-i18next';
import { perspectiveOf, type CaseState, type Language } from '@shared/model';
import { displayRoleOf } from '@shared/report/people';
import type { Dispatch } from '@shared/commands';
import { BlurField } from '../../components/BlurField';

/**
 * How the report names each participant: the display role ("vader", "gezinsvoogd") used in the
 * method, the help involved and under quotes; for professionals also function, organisation and
 * their task with this family.
 */
export function ReportPeople({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const lang: Language = state.case.language;
  return (
    <section className="card-panel stack" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('session.participants')}</h2>
      {state.participants.length === 0 && <p className="muted">{t('session.noParticipants')}</p>}
      {state.participants.map((p) => {
        const pro = perspectiveOf(p.role) === 'professional';
        const fallback = displayRoleOf({ ...p, displayRole: '' }, lang);
        return (
          <fieldset key={p.id} className="stack" data-participant-id={p.id}>
            <legend dir="auto">
              {p.pseudonym} · {t(`session.roles.${p.role}`)}
            </legend>
            <BlurField
              label={`${t('reportUi.displayRole')} (${p.pseudonym})`}
              value={p.displayRole}
              max={80}
              onCommit={(displayRole) => dispatch('participant.update', { id: p.id, displayRole })}
            />
            <p className="muted">{t('reportUi.displayRoleHint', { fallback })}</p>
            {pro && (
              <>
                <BlurField
                  label={`${t('session.function')} (${p.pseudonym})`}
                  value={p.function}
                  max={120}
                  onCommit={(fn) => dispatch('participant.update', { id: p.id, function: fn })}
                />
                <BlurField
                  label={`${t('session.organisation')} (${p.pseudonym})`}
                  value={p.organisation}
                  max={120}
                  onCommit={(organisation) => dispatch('participant.update', { id: p.id, organisation })}
                />
                <BlurField
                  label={`${t('reportUi.task')} (${p.pseudonym})`}
                  value={p.task}
                  max={500}
                  multiline
                  onCommit={(task) => dispatch('participant.update', { id: p.id, task })}
                />
              </>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
