import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { speakerOf, timeBoxAt } from '@shared/session';
import { timeBoxWords, useNow } from '../../session/timeBoxWords';
import { ParticipantChipDot } from '../../../components/ParticipantChipDot';

/**
 * Who has the floor, and the time box when the facilitator set one: a calm countdown (a ring
 * that empties and the minutes left; at the end a soft "time is up", nothing blinks).
 */
export function WallFloor({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const speaker = speakerOf(state);
  const now = useNow(state.session?.timeBox ? 250 : null);
  const box = timeBoxAt(state.session, now);
  if (!speaker && !box) return null;
  const left = box ? box.remainingMs / box.totalMs : 0;
  return (
    <div className="wall-floor" data-testid="wall-floor">
      {speaker && (
        <span
          className="wall-floor-speaker"
          data-testid="wall-speaker"
          style={{ borderColor: speaker.colour }}
        >
          <ParticipantChipDot participant={speaker} className="dot" />
          <span className="label">{t('session.floor')}:</span>
          <strong dir="auto">{speaker.pseudonym}</strong>
        </span>
      )}
      {box && (
        <span
          className={`wall-timebox${box.over ? ' over' : ''}${box.paused || box.waiting ? ' still' : ''}`}
          data-testid="wall-timebox"
          role="timer"
          aria-live="off"
        >
          <svg viewBox="0 0 40 40" className="ring" aria-hidden>
            <circle cx="20" cy="20" r="16" className="track" />
            <circle
              cx="20"
              cy="20"
              r="16"
              className="left"
              strokeDasharray={`${(2 * Math.PI * 16 * left).toFixed(2)} 200`}
              transform="rotate(-90 20 20)"
            />
          </svg>
          <span className="time">{timeBoxWords(box, t)}</span>
        </span>
      )}
    </div>
  );
}
