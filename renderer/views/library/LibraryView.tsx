import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { errorMessage } from '../../app/errorMessage';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toasts';
import { useCaseList, usePref } from '../../db/hooks';
import { setPref } from '../../db/prefs';
import { createCase, deleteCase, duplicateCase, purgeDeletedCases, restoreCase } from '../../db/library';
import { useDispatch } from '../../app/useDispatch';
import { exportCaseToFile } from './caseFileIO';
import { useCaseImport } from './useCaseImport';
import { onWaitingFiles, takeWaitingFiles } from '../../app/openedFiles';
import { ExportPassphraseDialog } from './PassphraseDialogs';
import { addDemoCase } from './demo';
import { CaseRow } from './CaseRow';
import { copyTitle } from './copyTitle';
import { useCaseSummaries } from './caseSummary';
import { NewCaseDialog } from './NewCaseDialog';
import { RenameDialog } from './RenameDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LostCaseBackups } from './LostCaseBackups';
import { useLiveQuery } from 'dexie-react-hooks';
import { AppTopBar } from '../../app/AppTopBar';
import { deleteUndoWindowMs } from '../../app/testMode';
import { StudiesSection } from '../study/StudiesSection';

export function LibraryView() {
  const { t } = useTranslation();
  const { db, platform, appVersion } = useServices();
  const toast = useToast();
  const [query, setQuery] = useState('');
  const [undoWindowMs] = useState(deleteUndoWindowMs);
  const cases = useCaseList(query);
  const demoOffered = usePref('demoOffered');
  // Every case in the database, also those in the bin (their backups are not "lost").
  const allCaseIds =
    useLiveQuery(
      async () => new Set(await db.records.where('type').anyOf('case', 'study').primaryKeys()),
      [db],
    ) ?? null;
  const summaries = useCaseSummaries(cases);
  const copySuffix = (n: number) => (n === 1 ? t('library.copySuffix') : t('library.copySuffixN', { n }));
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<CaseRecord | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<CaseRecord | null>(null);
  const [exportingEncrypted, setExportingEncrypted] = useState<CaseRecord | null>(null);

  // Cases in the bin past the undo window are deleted for real (also right after start).
  useEffect(() => {
    // Deleting must really delete: the case's backups outside IndexedDB go with it.
    const purge = () =>
      purgeDeletedCases(db, undoWindowMs, Date.now(), (id) => platform.deleteBackups(id)).catch(
        (err: unknown) => console.warn('purge failed', err),
      );
    void purge();
    const timer = setInterval(() => void purge(), Math.min(5_000, undoWindowMs));
    return () => clearInterval(timer);
  }, [db, platform, undoWindowMs]);

  const fail = useCallback(
    (err: unknown) => toast({ tone: 'error', message: errorMessage(t, err) }),
    [t, toast],
  );

  const openDemo = async () => {
    try {
      const caseId = await addDemoCase(db);
      await setPref(db, 'demoOffered', true);
      toast({ message: t('library.demoAdded') });
      navigate({ name: 'case', caseId });
    } catch (err) {
      fail(err);
    }
  };

  const caseImport = useCaseImport();
  const onImport = () => void caseImport.importFile();
  // Files opened from the file manager (desktop) go through the same import, one after another.
  const { importText } = caseImport;
  useEffect(() => {
    let chain = Promise.resolve();
    const run = () => {
      for (const f of takeWaitingFiles()) chain = chain.then(() => importText(f.text));
    };
    run();
    return onWaitingFiles(run);
  }, [importText]);

  const onExport = async (c: CaseRecord, passphrase?: string) => {
    try {
      const result = await exportCaseToFile(db, platform, c.id, appVersion, passphrase);
      if (result.saved) toast({ message: t('library.exported', { location: result.location }) });
    } catch (err) {
      fail(err);
    }
  };

  const onDelete = async (c: CaseRecord) => {
    setConfirmDelete(null);
    try {
      await deleteCase(db, c.id);
      toast({
        message: t('library.deleted', { title: c.title }),
        durationMs: Math.max(1_000, undoWindowMs - 2_000),
        action: { label: t('library.restore'), run: () => void restoreCase(db, c.id).catch(fail) },
      });
    } catch (err) {
      fail(err);
    }
  };

  const showDemoOffer = demoOffered !== true && cases !== undefined && cases.length === 0 && query === '';

  return (
    <div className="library">
      <AppTopBar>
        <label className="visually-hidden" htmlFor="case-search">
          {t('library.searchLabel')}
        </label>
        <input
          id="case-search"
          type="search"
          className="library-search"
          placeholder={t('library.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" onClick={onImport}>
          {t('library.import')}
        </button>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('library.newCase')}
        </button>
      </AppTopBar>
      <main className="library-main">
        <h1>{t('library.title')}</h1>
        <p className="muted">{t('app.privacy')}</p>
        {showDemoOffer && (
          <div className="card-panel demo-offer">
            <p>{t('library.demoOffer')}</p>
            <button type="button" className="primary" onClick={openDemo}>
              {t('library.openDemo')}
            </button>
          </div>
        )}
        <LostCaseBackups knownCaseIds={allCaseIds} />
        {cases === undefined ? (
          <p>{t('app.loading')}</p>
        ) : cases.length === 0 ? (
          !showDemoOffer && (
            <p className="muted">{query ? t('library.noMatches', { query }) : t('library.empty')}</p>
          )
        ) : (
          <ul className="case-list" aria-label={t('library.title')}>
            {cases.map((c) => (
              <CaseRow
                key={c.id}
                caseRecord={c}
                onOpen={() => navigate({ name: 'case', caseId: c.id })}
                onRename={() => setRenaming(c)}
                summary={summaries?.get(c.id)}
                onDuplicate={() =>
                  void duplicateCase(
                    db,
                    c.id,
                    copyTitle(
                      c.title,
                      cases.map((x) => x.title),
                      copySuffix,
                    ),
                  ).catch(fail)
                }
                onExport={() => void onExport(c)}
                onExportEncrypted={() => setExportingEncrypted(c)}
                onDelete={() => setConfirmDelete(c)}
              />
            ))}
          </ul>
        )}
        {cases !== undefined && query === '' && (
          <StudiesSection cases={cases} onImport={() => void caseImport.importFile('study')} />
        )}
        {!showDemoOffer && (
          <p>
            <button type="button" onClick={openDemo}>
              {t('library.openDemo')}
            </button>
          </p>
        )}
      </main>
      {creating && (
        <NewCaseDialog
          onCancel={() => setCreating(false)}
          onCreate={async (title, language) => {
            setCreating(false);
            try {
              const caseId = await createCase(db, { title, language });
              navigate({ name: 'case', caseId });
            } catch (err) {
              fail(err);
            }
          }}
        />
      )}
      {renaming && (
        <RenameCase caseId={renaming.id} title={renaming.title} onClose={() => setRenaming(null)} />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('library.delete')}
          message={t('library.confirmDelete', { title: confirmDelete.title })}
          confirmLabel={t('library.delete')}
          danger
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() => void onDelete(confirmDelete)}
        />
      )}
      {caseImport.dialogs}
      {exportingEncrypted && (
        <ExportPassphraseDialog
          onCancel={() => setExportingEncrypted(null)}
          onExport={async (passphrase) => {
            await onExport(exportingEncrypted, passphrase);
            setExportingEncrypted(null);
          }}
        />
      )}
    </div>
  );
}

/** Renaming a case is the command `case.update` on that case. */
function RenameCase({ caseId, title, onClose }: { caseId: string; title: string; onClose: () => void }) {
  const dispatch = useDispatch(caseId);
  return (
    <RenameDialog
      initial={title}
      onCancel={onClose}
      onRename={async (next) => {
        onClose();
        await dispatch('case.update', { title: next });
      }}
    />
  );
}
