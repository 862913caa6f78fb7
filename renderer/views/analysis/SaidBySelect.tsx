import { useTranslation } from 'react-i18next';
import type { ParticipantRecord } from '@shared/model';

/** Who said or named something: a participant, or the group (null). */
export function SaidBySelect({
  value,
  participants,
  onChange,
}: {
  value: string | null;
  participants: readonly ParticipantRecord[];
  onChange: (participantId: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {t('analysis.saidBy')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('analysis.theGroup')}</option>
        {participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.pseudonym}
          </option>
        ))}
      </select>
    </label>
  );
}
