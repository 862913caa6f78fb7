import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ICONS, type ParticipantIcon } from '@shared/model';
import { ParticipantIconSvg } from '../../components/participantIcons';

const CHOICES: readonly (ParticipantIcon | null)[] = [null, ...PARTICIPANT_ICONS];

/**
 * Choose a participant's picture (or none): a row of large buttons, one per picture. One tab
 * stop; the arrow keys move between the pictures (a radio group).
 */
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
  const onKey = (e: React.KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (!step) return;
    e.preventDefault();
    const next = (index + step + CHOICES.length) % CHOICES.length;
    const buttons = e.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>('button');
    buttons?.[next]?.focus();
    onChange(CHOICES[next]!);
  };
  return (
    <fieldset className="icon-picker">
      <legend>{legend}</legend>
      {CHOICES.map((icon, index) => (
        <button
          key={icon ?? 'none'}
          type="button"
          aria-pressed={value === icon}
          aria-label={icon ? t(`session.icons.${icon}`) : undefined}
          title={icon ? t(`session.icons.${icon}`) : undefined}
          tabIndex={value === icon ? 0 : -1}
          onKeyDown={(e) => onKey(e, index)}
          onClick={() => onChange(icon)}
        >
          {icon ? <ParticipantIconSvg icon={icon} size={28} colour={colour} /> : t('session.noIcon')}
        </button>
      ))}
    </fieldset>
  );
}
