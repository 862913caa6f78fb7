import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, TEXT_LIMITS, type CardList, type CaseState } from '@shared/model';
import { draftFindingsTree } from '@shared/analysis';
import { useServices } from '../../app/services';
import { navigate } from '../../app/router';
import { useDispatch } from '../../app/useDispatch';
import { useCaseBackup } from '../../app/useCaseBackup';
import { AppTopBar } from '../../app/AppTopBar';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../app/errorMessage';
import { BlurField } from '../../components/BlurField';
import { FindingsTree } from '../../components/FindingsTree';
import { useCaseState } from '../../db/hooks';
import { UndoButtons } from '../editor/UndoButtons';
import { ClusterBoard } from './ClusterBoard';
import { exportQdpx } from '../study/studyFileIO';
import { QuotesPanel } from './QuotesPanel';
import { ReportPeople } from './ReportPeople';

/** The researchers' final analysis on the console: clusters, success, tree, quotes, messages, report options. */
export function AnalysisView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const state = useCaseState(caseId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null) return <p className="wall-message">{t('wall.notFound')}</p>;
  return <Analysis state={state} />;
}

function Analysis({ state }: { state: CaseState }) {
  const { t, i18n } = useTranslation();
  const { platform, appVersion } = useServices();
  const toast = useToast();
  const caseId = state.case.id;
  const dispatch = useDispatch(caseId);
  useCaseBackup(caseId, state.case.updatedAt);
  const [list, setList] = useState<CardList>('strengths');
  const analysis = state.analysis;
  const onWall = analysis?.showOnWall ?? false;
  const report = analysis?.report;
  const openWall = async () => {
    const result = await platform.openWall(caseId);
    if (result.placement === 'blocked') toast({ tone: 'error', message: t('editor.wallBlocked') });
  };
  return (
    <div className="analysis">
      <AppTopBar title={`${state.case.title} · ${t('analysis.title')}`}>
        <button type="button" onClick={() => navigate({ name: 'session', caseId })}>
          ← {t('analysis.toSession')}
        </button>
        <UndoButtons caseId={caseId} />
        <button
          type="button"
          aria-pressed={onWall}
          className={onWall ? 'toggle on' : 'toggle'}
          onClick={() => void dispatch('analysis.showOnWall', { show: !onWall })}
        >
          {t('analysis.showOnWall')}
        </button>
        <button type="button" onClick={() => void openWall()}>
          {t('editor.openWall')}
        </button>
        <button type="button" className="primary" onClick={() => navigate({ name: 'report', caseId })}>
          {t('report.open')}
        </button>
      </AppTopBar>
      <div className="analysis-body">
        <main className="analysis-main stack">
          <section className="card-panel stack">
            <BlurField
              label={t('analysis.success')}
              value={analysis?.successStatement ?? ''}
              max={TEXT_LIMITS.description}
              multiline
              onCommit={(text) => dispatch('analysis.setSuccess', { text })}
            />
            <p className="muted">{t('analysis.successHint')}</p>
          </section>
          <div className="list-tabs" role="tablist" aria-label={t('analysis.title')}>
            {(['strengths', 'improvements'] as const).map((l) => (
              <button
                key={l}
                type="button"
                role="tab"
                id={`tab-${l}`}
                aria-selected={list === l}
                aria-controls="board-panel"
                className={list === l ? `tab on list-${l}` : `tab list-${l}`}
                onClick={() => setList(l)}
              >
                {t(`analysis.mainFactors.${l}`)} ({state.cards.filter((c) => c.list === l).length})
              </button>
            ))}
          </div>
          <div id="board-panel" role="tabpanel" aria-labelledby={`tab-${list}`}>
            <ClusterBoard key={list} state={state} list={list} dispatch={dispatch} />
          </div>
          <section className="card-panel stack" aria-labelledby="tree-heading">
            <h2 id="tree-heading">{t('analysis.tree')}</h2>
            <p className="muted">{t('analysis.treeHint')}</p>
            <FindingsTree tree={draftFindingsTree(state)} t={t} variant="console" />
          </section>
        </main>
        <aside className="analysis-side stack">
          <QuotesPanel state={state} dispatch={dispatch} />
          <section className="card-panel stack" aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">{t('doc.sections.recommendations')}</h2>
            <p className="muted">{t('analysis.recommendationsHint')}</p>
            {AUDIENCES.map((audience) => (
              <BlurField
                key={audience}
                label={t('reportUi.recommendationsFor', { audience: t(`doc.audiences.${audience}`) })}
                value={(analysis?.recommendations ?? [])
                  .filter((r) => r.audience === audience)
                  .map((r) => r.text)
                  .join('\n')}
                max={TEXT_LIMITS.description * 4}
                multiline
                onCommit={(text) =>
                  dispatch('analysis.setRecommendations', {
                    audience,
                    items: text
                      .split('\n')
                      .map((l) => l.trim())
                      .filter(Boolean),
                  })
                }
              />
            ))}
          </section>
          <section className="card-panel stack">
            <BlurField
              label={t('analysis.followUp')}
              value={analysis?.followUpNotes ?? ''}
              max={TEXT_LIMITS.description}
              multiline
              onCommit={(text) => dispatch('analysis.setFollowUp', { text })}
            />
            <p className="muted">{t('analysis.followUpHint')}</p>
          </section>
          <ReportPeople state={state} dispatch={dispatch} />
          <section className="card-panel stack" aria-labelledby="report-options">
            <h2 id="report-options">{t('analysis.report')}</h2>
            <BlurField
              label={t('analysis.facilitators')}
              value={analysis?.facilitators ?? ''}
              max={TEXT_LIMITS.title}
              onCommit={(facilitators) => dispatch('analysis.setReport', { facilitators })}
            />
            <p className="muted">{t('analysis.facilitatorsHint')}</p>
            <label className="field">
              {t('reportUi.sessionDate')}
              <input
                type="date"
                value={report?.sessionDate ?? ''}
                onChange={(e) =>
                  void dispatch('analysis.setReport', {
                    sessionDate: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null,
                  })
                }
              />
            </label>
            <BlurField
              label={t('reportUi.sessionPlace')}
              value={report?.sessionPlace ?? ''}
              max={TEXT_LIMITS.title}
              onCommit={(sessionPlace) => dispatch('analysis.setReport', { sessionPlace })}
            />
            <BlurField
              label={t('reportUi.period')}
              value={report?.period ?? ''}
              max={TEXT_LIMITS.title}
              onCommit={(period) => dispatch('analysis.setReport', { period })}
            />
            <label className="field">
              {t('analysis.paper')}
              <select
                value={analysis?.paper ?? 'A4'}
                onChange={(e) =>
                  void dispatch('analysis.setReport', { paper: e.target.value === 'A3' ? 'A3' : 'A4' })
                }
              >
                <option value="A4">A4</option>
                <option value="A3">A3</option>
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                void exportQdpx(platform, {
                  name: state.case.title,
                  cases: [state],
                  lang: i18n.language === 'en' ? 'en' : 'nl',
                  appVersion,
                }).then(
                  (r) => r.saved && toast({ message: t('library.exported', { location: r.location }) }),
                  (err: unknown) => toast({ tone: 'error', message: errorMessage(t, err) }),
                )
              }
            >
              {t('refi.exportCase')}
            </button>
            <p className="muted">{t('refi.exportCaseHint')}</p>
          </section>
        </aside>
      </div>
    </div>
  );
}
