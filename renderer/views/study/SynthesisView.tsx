import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeMatrix, elementMatrix, factorMatrix, type Matrix } from '@shared/crosscase';
import type { StudyState } from '@shared/study/state';
import { navigate } from '../../app/router';
import { useStudyDispatch } from '../../app/useDispatch';
import { useCaseBackup } from '../../app/useCaseBackup';
import { AppTopBar } from '../../app/AppTopBar';
import { useStudyState } from '../../db/hooks';
import { UndoButtons } from '../editor/UndoButtons';
import { MatrixTable, type CellKey } from './MatrixTable';
import { CellPanel } from './CellPanel';
import { ElementsPanel } from './ElementsPanel';
import '../../styles/study.css';

type Tab = 'factors' | 'codes' | 'elements';
const TABS: readonly Tab[] = ['factors', 'codes', 'elements'];

/** What recurs across the study's cases: the matrices, the cards behind each cell, and the overarching elements. */
export function SynthesisView({ studyId }: { studyId: string }) {
  const { t } = useTranslation();
  const state = useStudyState(studyId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null) return <p className="wall-message">{t('study.notFound')}</p>;
  return <Synthesis state={state} />;
}

function Synthesis({ state }: { state: StudyState }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const study = state.study;
  const dispatch = useStudyDispatch(study.id);
  useCaseBackup(study.id, study.updatedAt);
  const [tab, setTab] = useState<Tab>('factors');
  const [selected, setSelected] = useState<CellKey | null>(null);
  const matrix: Matrix = useMemo(
    () =>
      tab === 'factors'
        ? factorMatrix(state)
        : tab === 'codes'
          ? codeMatrix(state, lang)
          : elementMatrix(state),
    [tab, state, lang],
  );
  const row = selected && matrix.rows.find((r) => r.key === selected.row);
  const cell = row?.cells.find((c) => c.caseId === selected?.caseId);
  return (
    <div className="synthesis">
      <AppTopBar title={`${study.name} · ${t('synthesis.title')}`}>
        <button type="button" onClick={() => navigate({ name: 'study', studyId: study.id })}>
          ← {t('synthesis.toStudy')}
        </button>
        <UndoButtons caseId={study.id} />
        <button
          type="button"
          className="primary"
          onClick={() => navigate({ name: 'report', caseId: study.id })}
        >
          {t('study.report')}
        </button>
      </AppTopBar>
      <div className="synthesis-body">
        <main className="synthesis-main stack">
          <div className="tabs" role="tablist" aria-label={t('synthesis.title')}>
            {TABS.map((x) => (
              <button
                key={x}
                type="button"
                role="tab"
                aria-selected={tab === x}
                className={tab === x ? 'tab on' : 'tab'}
                onClick={() => {
                  setTab(x);
                  setSelected(null);
                }}
              >
                {t(`synthesis.tabs.${x}`)}
              </button>
            ))}
          </div>
          <p className="muted">{t('synthesis.legend')}</p>
          {matrix.rows.length === 0 || matrix.cases.length === 0 ? (
            <p className="card-panel">{t('synthesis.noRows')}</p>
          ) : (
            <MatrixTable
              matrix={matrix}
              selected={selected}
              onOpen={setSelected}
              label={t(`synthesis.tabs.${tab}`)}
            />
          )}
          {row && cell && (
            <CellPanel study={state} rowLabel={row.label} cell={cell} onClose={() => setSelected(null)} />
          )}
        </main>
        <aside className="synthesis-side">
          <ElementsPanel study={state} dispatch={dispatch} />
        </aside>
      </div>
    </div>
  );
}
