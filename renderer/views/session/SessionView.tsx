import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { useServices } from '../../app/services';
import { navigate } from '../../app/router';
import { useDispatch } from '../../app/useDispatch';
import { useCaseBackup } from '../../app/useCaseBackup';
import { AppTopBar } from '../../app/AppTopBar';
import { useToast } from '../../components/Toasts';
import { useCaseState } from '../../db/hooks';
import { UndoButtons } from '../editor/UndoButtons';
import { ParticipantsPanel } from './ParticipantsPanel';
import { PhaseStepper } from './PhaseStepper';
import { RoundPanel } from './RoundPanel';
import { VotingPanel } from './VotingPanel';
import { RankingPanel } from './RankingPanel';
import { ChangeTrail } from './ChangeTrail';
import { WallSettings } from './WallSettings';
import { WallSteerPanel } from './WallSteerPanel';
import { FloorPanel } from './FloorPanel';
import { SessionGuideButton } from './SessionGuide';

/** The facilitator's console for the live group interview. */
export function SessionView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const state = useCaseState(caseId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null) return <p className="wall-message">{t('wall.notFound')}</p>;
  return <Session state={state} />;
}

function Session({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const toast = useToast();
  const caseId = state.case.id;
  const dispatch = useDispatch(caseId);
  useCaseBackup(caseId, state.case.updatedAt);
  const phase = state.session?.phase ?? 0;
  const phases = t('session.phases', { returnObjects: true }) as string[];
  const openWall = async () => {
    const result = await platform.openWall(caseId);
    if (result.placement === 'blocked') toast({ tone: 'error', message: t('editor.wallBlocked') });
  };
  return (
    <div className="session">
      <AppTopBar title={`${state.case.title} · ${t('session.title')}`}>
        <button type="button" onClick={() => navigate({ name: 'case', caseId })}>
          ← {t('session.toEditor')}
        </button>
        <UndoButtons caseId={caseId} />
        <SessionGuideButton />
        <button type="button" onClick={() => navigate({ name: 'analysis', caseId })}>
          {t('analysis.open')}
        </button>
        <button type="button" onClick={() => navigate({ name: 'report', caseId })}>
          {t('report.open')}
        </button>
        <button type="button" className="primary" onClick={() => void openWall()}>
          {t('editor.openWall')}
        </button>
      </AppTopBar>
      <PhaseStepper state={state} dispatch={dispatch} />
      <WallSteerPanel state={state} dispatch={dispatch} />
      <div className="session-body">
        <aside className="session-side">
          <FloorPanel state={state} dispatch={dispatch} />
          <ParticipantsPanel state={state} dispatch={dispatch} />
          <WallSettings state={state} dispatch={dispatch} />
        </aside>
        <main className="session-main stack">
          <h1 data-testid="phase-title">{phases[phase]}</h1>
          {phase === 0 && <p className="lead">{t('session.wallInstructions.0')}</p>}
          {phase === 1 && (
            <>
              <p className="lead">{t('session.wallInstructions.1')}</p>
              <div>
                <button type="button" className="primary" onClick={() => navigate({ name: 'case', caseId })}>
                  {t('session.editLifeline')}
                </button>
              </div>
              <ChangeTrail state={state} dispatch={dispatch} />
            </>
          )}
          {phase === 2 && <RoundPanel state={state} valence="good" dispatch={dispatch} />}
          {phase === 3 && <RoundPanel state={state} valence="bad" dispatch={dispatch} />}
          {phase === 4 && <VotingPanel state={state} dispatch={dispatch} />}
          {phase === 5 && <RankingPanel state={state} />}
        </main>
      </div>
    </div>
  );
}
