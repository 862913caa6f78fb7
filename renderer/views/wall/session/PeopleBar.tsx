import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { ParticipantChipDot } from '../../../components/ParticipantChipDot';

/** "Wie ben jij?": big name buttons in each participant's colour; the chosen one acts on the wall. */
export const PeopleBar = memo(function PeopleBar({
  state,
  chosen,
  onChoose,
}: {
  state: CaseState;
  chosen: string | null;
  onChoose: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="wall-people" role="group" aria-label={t('session.chooseWho')}>
      <span className="label">{t('session.chooseWho')}</span>
      {state.participants.map((p) => (
        <button
          key={p.id}
          type="button"
          className="wall-person"
          aria-pressed={p.id === chosen}
          style={{ borderColor: p.colour }}
          onClick={() => onChoose(p.id === chosen ? null : p.id)}
          data-participant-id={p.id}
        >
          <ParticipantChipDot participant={p} className="dot" />
          <span dir="auto">{p.pseudonym}</span>
        </button>
      ))}
    </div>
  );
});
