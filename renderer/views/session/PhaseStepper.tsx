import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, type CaseState } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { currentPhase } from '@shared/session';

/** The six phases of the group interview as one row of big buttons, plus the round timer. */
export function PhaseStepper({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const phase = currentPhase(state);
  const short = t('session.phaseShort', { returnObjects: true }) as string[];
  return (
    <nav className="phase-stepper" aria-label={t('session.phase')}>
      {PHASES.map((p) => (
        <button
          key={p}
          type="button"
          aria-current={p === phase ? 'step' : undefined}
          aria-pressed={p === phase}
          onClick={() => void dispatch('session.setPhase', { phase: p })}
        >
          {short[p]}
        </button>
      ))}
      <RoundTimer
        startedAt={state.session?.phaseStartedAt ?? null}
        onRestart={() => void dispatch('session.restartTimer', {})}
      />
    </nav>
  );
}

function RoundTimer({ startedAt, onRestart }: { startedAt: number | null; onRestart: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <span className="round-timer">
      <span className="muted">{t('session.timer')}</span> <strong data-testid="round-timer">{text}</strong>
      <button type="button" onClick={onRestart}>
        {t('session.restartTimer')}
      </button>
    </span>
  );
}
