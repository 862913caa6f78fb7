import type { ParticipantRecord } from '@shared/model';
import { ParticipantIconSvg } from './participantIcons';

/**
 * A participant's colour dot, with their picture in white on it when they have one: the one way
 * chips, trays, stickers and the console show who someone is without reading.
 */
export function ParticipantChipDot({
  participant,
  className = 'chip',
  colour,
}: {
  participant: Pick<ParticipantRecord, 'colour' | 'icon'>;
  className?: string;
  /** Another fill than the participant's colour (neutral stickers). */
  colour?: string;
}) {
  return (
    <span
      className={`${className}${participant.icon ? ' with-icon' : ''}`}
      style={{ background: colour ?? participant.colour }}
      aria-hidden
    >
      {participant.icon && <ParticipantIconSvg icon={participant.icon} size="72%" colour="#ffffff" />}
    </span>
  );
}
