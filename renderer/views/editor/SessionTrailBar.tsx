import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { tracksChanges } from '@shared/commands';
import { ParticipantSelect } from '../../components/ParticipantSelect';

/**
 * While the session keeps a change trail, the editor says so and lets the facilitator say who
 * raised what is being changed (the participant with the floor, the same choice as on the console).
 */
export function SessionTrailBar({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  if (!tracksChanges(state)) return null;
  return (
    <div className="session-trail-bar" role="status">
      <p>{t('trail.editorNote')}</p>
      <label className="field">
        {t('trail.raisedBy')}
        <ParticipantSelect
          participants={state.participants}
          value={state.session?.speakerId ?? null}
          noneLabel={t('trail.nobody')}
          onChange={(participantId) => void dispatch('session.setSpeaker', { participantId })}
        />
      </label>
    </div>
  );
}
