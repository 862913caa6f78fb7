import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord, StudyRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toasts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useStudyList } from '../../db/hooks';
import { createStudy, deleteStudy, restoreStudy } from '../../db/library';
import { deleteUndoWindowMs } from '../../app/testMode';
import { NewStudyDialog } from './NewStudyDialog';
import { uiLanguage } from '../../i18n';
import '../../styles/study.css';

/**
 * The library's studies (onderzoeken): list, new, import, delete with undo. The import is the
 * library's one import (useCaseImport: plain or encrypted, checked completely), asking for a
 * study file.
 */
export function StudiesSection({ cases, onImport }: { cases: readonly CaseRecord[]; onImport: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const toast = useToast();
  const studies = useStudyList();
  const [creating, setCreating] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<StudyRecord | null>(null);
  const fail = (err: unknown) => toast({ tone: 'error', message: errorMessage(t, err) });

  const onDelete = async (s: StudyRecord) => {
    setConfirmDelete(null);
    try {
      await deleteStudy(db, s.id);
      toast({
        message: t('study.deleted', { name: s.name }),
        durationMs: deleteUndoWindowMs() - 2_000,
        action: { label: t('library.restore'), run: () => void restoreStudy(db, s.id).catch(fail) },
      });
    } catch (err) {
      fail(err);
    }
  };

  return (
    <section className="studies stack" aria-labelledby="studies-heading">
      <div className="row">
        <h2 id="studies-heading" className="grow">
          {t('study.studies')}
        </h2>
        <button type="button" onClick={onImport}>
          {t('study.import')}
        </button>
        <button type="button" onClick={() => setCreating(true)}>
          {t('study.newStudy')}
        </button>
      </div>
      <p className="muted">{t('study.studiesHint')}</p>
      {studies && studies.length > 0 && (
        <ul className="case-list" aria-label={t('study.studies')}>
          {studies.map((s) => (
            <li key={s.id} className="case-row card-panel" data-study-id={s.id}>
              <button
                type="button"
                className="case-open ghost"
                onClick={() => navigate({ name: 'study', studyId: s.id })}
              >
                <span className="case-title" dir="auto">
                  {s.name}
                </span>
                <span className="muted">{t('study.caseCount', { count: s.caseIds.length })}</span>
              </button>
              <div className="row case-actions">
                <button
                  type="button"
                  className="primary"
                  onClick={() => navigate({ name: 'study', studyId: s.id })}
                >
                  {t('study.open')}
                </button>
                <button type="button" onClick={() => navigate({ name: 'synthesis', studyId: s.id })}>
                  {t('study.synthesis')}
                </button>
                <button type="button" className="danger" onClick={() => setConfirmDelete(s)}>
                  {t('study.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <NewStudyDialog
          cases={cases}
          onCancel={() => setCreating(false)}
          onCreate={async (name, caseIds) => {
            setCreating(false);
            try {
              const studyId = await createStudy(db, { name, caseIds, language: uiLanguage() });
              navigate({ name: 'study', studyId });
            } catch (err) {
              fail(err);
            }
          }}
        />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('study.delete')}
          message={t('study.confirmDelete', { name: confirmDelete.name })}
          confirmLabel={t('study.delete')}
          danger
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() => void onDelete(confirmDelete)}
        />
      )}
    </section>
  );
}
