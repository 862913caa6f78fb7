import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { currentPhase, formatCountdown, speakerOf, spokenCount, timeBoxAt } from '@shared/session';
import { ParticipantChipDot } from '../../components/ParticipantChipDot';
import { timeBoxWords, useNow } from './timeBoxWords';

const MINUTES = [1, 2, 3, 5, 10, 15];

/**
 * Who has the floor and the time box, as the wall shows them: the facilitator sets a time box
 * per speaker or per round, pauses, resumes or restarts it; "has spoken" is counted per round.
 */
export function FloorPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const speaker = speakerOf(state);
  const box = state.session?.timeBox ?? null;
  const now = useNow(box ? 500 : null);
  const at = timeBoxAt(state.session, now);
  const phase = currentPhase(state);
  const minutes = box ? box.seconds / 60 : 0;
  return (
    <section className="floor-panel" aria-labelledby="floor-heading" data-testid="floor-panel">
      <h2 id="floor-heading" className="row">
        {t('session.floor')}:{' '}
        {speaker ? (
          <>
            <ParticipantChipDot participant={speaker} />
            <span dir="auto">{speaker.pseudonym}</span>
          </>
        ) : (
          <span className="muted">{t('session.nobodyHasFloor')}</span>
        )}
      </h2>
      <div className="row wrap">
        <label className="field inline">
          {t('session.timeBox.label')}{' '}
          <select
            value={MINUTES.includes(minutes) ? String(minutes) : box ? 'other' : ''}
            onChange={(e) =>
              void dispatch('session.setTimeBox', {
                seconds: e.target.value ? Number(e.target.value) * 60 : null,
                per: box?.per ?? 'speaker',
              })
            }
          >
            <option value="">{t('session.timeBox.none')}</option>
            {box && !MINUTES.includes(minutes) && (
              <option value="other" disabled>
                {formatCountdown(box.seconds * 1000)}
              </option>
            )}
            {MINUTES.map((m) => (
              <option key={m} value={m}>
                {t('session.timeBox.minutes', { count: m })}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented" disabled={!box}>
          <legend className="muted">{t('session.timeBox.per')}</legend>
          {(['speaker', 'round'] as const).map((per) => (
            <button
              key={per}
              type="button"
              aria-pressed={box?.per === per}
              onClick={() => box && void dispatch('session.setTimeBox', { seconds: box.seconds, per })}
            >
              {t(per === 'speaker' ? 'session.timeBox.perSpeaker' : 'session.timeBox.perRound')}
            </button>
          ))}
        </fieldset>
      </div>
      {box && at && (
        <div className="row wrap">
          <span className={`timebox-now${at.over ? ' over' : ''}`} data-testid="console-timebox">
            {timeBoxWords(at, t, (time) => t('session.timeBox.left', { time }))}
          </span>
          <button type="button" onClick={() => void dispatch('session.pauseTimeBox', { paused: !at.paused })}>
            {at.paused ? t('session.timeBox.resume') : t('session.timeBox.pause')}
          </button>
          <button type="button" onClick={() => void dispatch('session.restartTimeBox', {})}>
            {t('session.timeBox.restart')}
          </button>
        </div>
      )}
      <p className="muted" data-testid="spoken-count">
        {t('session.spokenCount', { count: spokenCount(state, phase), total: state.participants.length })}
      </p>
    </section>
  );
}
