import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '@shared/model';
import { caseProgress } from '@shared/study/progress';
import type { StudyState } from '@shared/study/state';
import { useServices } from '../../app/services';
import { navigate } from '../../app/router';
import { useStudyDispatch } from '../../app/useDispatch';
import { useCaseBackup } from '../../app/useCaseBackup';
import { AppTopBar } from '../../app/AppTopBar';
import { errorMessage } from '../../app/errorMessage';
import { useToast } from '../../components/Toasts';
import { BlurField } from '../../components/BlurField';
import { useCaseList, useStudyState } from '../../db/hooks';
import { UndoButtons } from '../editor/UndoButtons';
import { exportQdpx, exportStudyToFile } from './studyFileIO';
import { ExportPassphraseDialog } from '../library/PassphraseDialogs';
import '../../styles/study.css';

/** A study: its name and description, its cases with where each stands, and the ways out (synthesis, report, files). */
export function StudyView({ studyId }: { studyId: string }) {
  const { t } = useTranslation();
  const state = useStudyState(studyId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null) return <p className="wall-message">{t('study.notFound')}</p>;
  return <Study state={state} />;
}

function Study({ state }: { state: StudyState }) {
  const { t, i18n } = useTranslation();
  const { db, platform, appVersion } = useServices();
  const toast = useToast();
  const study = state.study;
  const dispatch = useStudyDispatch(study.id);
  useCaseBackup(study.id, study.updatedAt);
  const library = useCaseList('');
  const [adding, setAdding] = useState('');
  const [exportingEncrypted, setExportingEncrypted] = useState(false);
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const day = (ms: number) => new Date(ms).toLocaleDateString(locale, { dateStyle: 'medium' });
  const addable = (library ?? []).filter((c) => !study.caseIds.includes(c.id));
  const missing = study.caseIds.length - state.cases.length;
  const saved = (r: { saved: boolean; location?: string }) =>
    r.saved && toast({ message: t('library.exported', { location: r.location }) });
  const fail = (err: unknown) => toast({ tone: 'error', message: errorMessage(t, err) });

  return (
    <div className="study-view">
      <AppTopBar title={study.name}>
        <button type="button" onClick={() => navigate({ name: 'library' })}>
          ← {t('study.back')}
        </button>
        <UndoButtons caseId={study.id} />
        <button type="button" onClick={() => navigate({ name: 'report', caseId: study.id })}>
          {t('study.report')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => navigate({ name: 'synthesis', studyId: study.id })}
        >
          {t('study.synthesis')}
        </button>
      </AppTopBar>
      <main className="study-main stack">
        <section className="card-panel stack">
          <BlurField
            label={t('study.name')}
            value={study.name}
            max={TEXT_LIMITS.title}
            onCommit={(name) => (name.trim() ? dispatch('study.update', { name }) : Promise.resolve(false))}
          />
          <BlurField
            label={t('study.description')}
            value={study.description}
            max={TEXT_LIMITS.description}
            multiline
            onCommit={(description) => dispatch('study.update', { description })}
          />
          <p className="muted">{t('study.descriptionHint')}</p>
          <label className="field">
            {t('study.language')}
            <select
              value={study.language}
              onChange={(e) =>
                void dispatch('study.update', { language: e.target.value === 'en' ? 'en' : 'nl' })
              }
            >
              <option value="nl">{t('app.languages.nl')}</option>
              <option value="en">{t('app.languages.en')}</option>
            </select>
          </label>
        </section>

        <section className="card-panel stack" aria-labelledby="study-cases">
          <h2 id="study-cases">{t('study.cases')}</h2>
          {state.cases.length === 0 ? (
            <p className="muted">{t('study.noCases')}</p>
          ) : (
            <div className="table-scroll">
              <table className="study-cases">
                <thead>
                  <tr>
                    <th scope="col">{t('study.columns.case')}</th>
                    <th scope="col">{t('study.columns.lifeline')}</th>
                    <th scope="col">{t('study.columns.session')}</th>
                    <th scope="col">{t('study.columns.analysis')}</th>
                    <th scope="col">{t('study.columns.report')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('study.open')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {state.cases.map((c, i) => {
                    const p = caseProgress(c);
                    const mark = (done: boolean, text?: string) => (
                      <span className={done ? 'state done' : 'state todo'}>
                        {done ? '✓' : '–'} {text ?? (done ? t('study.yes') : t('study.no'))}
                      </span>
                    );
                    return (
                      <tr key={c.case.id} data-case-id={c.case.id}>
                        <th scope="row" dir="auto">
                          {c.case.title}
                        </th>
                        <td>{mark(p.lifelineReady, t('study.moments', { count: p.moments }))}</td>
                        <td>
                          {mark(
                            p.sessionHeldAt !== null,
                            p.sessionHeldAt !== null ? day(p.sessionHeldAt) : undefined,
                          )}
                        </td>
                        <td>{mark(p.analysisDone)}</td>
                        <td>
                          {mark(
                            p.reportMadeAt !== null,
                            p.reportMadeAt !== null ? day(p.reportMadeAt) : undefined,
                          )}
                        </td>
                        <td className="row-actions">
                          <button
                            type="button"
                            onClick={() => navigate({ name: 'analysis', caseId: c.case.id })}
                          >
                            {t('study.openCase')}
                          </button>
                          <button
                            type="button"
                            aria-label={`${t('synthesis.moveUp')}: ${c.case.title}`}
                            disabled={i === 0}
                            onClick={() =>
                              void dispatch('study.moveCase', { caseId: c.case.id, toIndex: i - 1 })
                            }
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            className="danger"
                            onClick={() => void dispatch('study.removeCase', { caseId: c.case.id })}
                          >
                            {t('study.removeCase')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {missing > 0 && <p className="muted">{t('study.missingCases', { count: missing })}</p>}
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (adding)
                void dispatch('study.addCase', { caseId: adding }).then((ok) => ok && setAdding(''));
            }}
          >
            <label className="visually-hidden" htmlFor="add-case">
              {t('study.addCase')}
            </label>
            <select id="add-case" className="grow" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{t('study.pickCase')}</option>
              {addable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
            <button type="submit" disabled={!adding}>
              + {t('study.addCase')}
            </button>
          </form>
        </section>

        <section className="card-panel stack">
          <div className="row">
            <button
              type="button"
              onClick={() => void exportStudyToFile(db, platform, study, appVersion).then(saved, fail)}
            >
              {t('study.export')}
            </button>
            <button type="button" onClick={() => setExportingEncrypted(true)}>
              {t('study.exportEncrypted')}
            </button>
            <button
              type="button"
              onClick={() =>
                void exportQdpx(platform, {
                  name: study.name,
                  cases: state.cases,
                  study: state,
                  lang: i18n.language === 'en' ? 'en' : 'nl',
                  appVersion,
                }).then(saved, fail)
              }
            >
              {t('study.exportQdpx')}
            </button>
          </div>
          <p className="muted">{t('study.exportQdpxHint')}</p>
        </section>
      </main>
      {exportingEncrypted && (
        <ExportPassphraseDialog
          onCancel={() => setExportingEncrypted(false)}
          onExport={async (passphrase) => {
            setExportingEncrypted(false);
            await exportStudyToFile(db, platform, study, appVersion, passphrase).then(saved, fail);
          }}
        />
      )}
    </div>
  );
}
