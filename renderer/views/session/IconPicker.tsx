import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ICONS, type ParticipantIcon } from '@shared/model';
import { ParticipantIconSvg } from '../../components/participantIcons';

/** Choose a participant's picture (or none): a row of large buttons, one per picture. */
export function IconPicker({
  value,
  colour,
  legend,
  onChange,
}: {
  value: ParticipantIcon | null;
  colour: string;
  legend: string;
  onChange: (icon: ParticipantIcon | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="icon-picker">
      <legend>{legend}</legend>
      <button type="button" aria-pressed={value === null} onClick={() => onChange(null)}>
        {t('session.noIcon')}
      </button>
      {PARTICIPANT_ICONS.map((icon) => (
        <button
          key={icon}
          type="button"
          aria-pressed={value === icon}
          aria-label={t(`session.icons.${icon}`)}
          title={t(`session.icons.${icon}`)}
          onClick={() => onChange(icon)}
        >
          <ParticipantIconSvg icon={icon} size={28} colour={colour} />
        </button>
      ))}
    </fieldset>
  );
}
