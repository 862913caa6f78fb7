import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, FuzzyDate, ItemRecord } from '@shared/model';
import { newId } from '@shared/model';
import { useServices } from '../../app/services';
import { navigate } from '../../app/router';
import { useDispatch } from '../../app/useDispatch';
import { useCaseBackup } from '../../app/useCaseBackup';
import { AppTopBar } from '../../app/AppTopBar';
import { useToast } from '../../components/Toasts';
import { useCaseState } from '../../db/hooks';
import { exportCaseToFile } from '../library/caseFileIO';
import { ItemForm } from './ItemForm';
import { LanesPanel } from './LanesPanel';
import { AxisPanel } from './AxisPanel';
import { MembersPanel } from './MembersPanel';
import { CasePanel } from './CasePanel';
import { ItemList } from './ItemList';
import { UndoButtons } from './UndoButtons';
import { EditorCanvas } from './EditorCanvas';
import { newDraft, type Draft } from './newItem';
import { RowsImportDialog } from './import/RowsImportDialog';
import { SessionTrailBar } from './SessionTrailBar';

type Tab = 'items' | 'lanes' | 'axis' | 'members' | 'case';

/** The facilitator's console for building and correcting a case's lifeline. */
export function EditorView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const state = useCaseState(caseId);
  if (state === undefined) return <p className="wall-message">{t('app.loading')}</p>;
  if (state === null)
    return (
      <main className="crash card-panel">
        <p>{t('wall.notFound')}</p>
        <button type="button" className="primary" onClick={() => navigate({ name: 'library' })}>
          {t('editor.toLibrary')}
        </button>
      </main>
    );
  return <Editor state={state} />;
}

function Editor({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const { db, platform, appVersion } = useServices();
  const toast = useToast();
  const caseId = state.case.id;
  const dispatch = useDispatch(caseId);
  useCaseBackup(caseId, state.case.updatedAt);
  const [tab, setTab] = useState<Tab>('items');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId ? (state.byId.get(selectedId) as ItemRecord | undefined) : undefined;
  // Deselect an item once it is gone (deleted, undone) — but not a just-added one the live query has not delivered yet.
  const selectedSeen = useRef(false);
  useEffect(() => {
    if (!selectedId) return;
    if (state.byId.has(selectedId)) selectedSeen.current = true;
    else if (selectedSeen.current) setSelectedId(null);
  }, [selectedId, state.byId]);
  useEffect(() => {
    selectedSeen.current = false;
  }, [selectedId]);

  // A new item lives only in the form until it is saved; `key` starts a fresh form for the next one.
  const [creating, setCreating] = useState<{ key: number; draft: Draft } | null>(null);
  const [last, setLast] = useState<{ start: FuzzyDate; laneId: string } | null>(null);
  const [importText, setImportText] = useState<string | null>(null);

  const addItem = useCallback(
    (shape: 'moment' | 'period', at?: { day?: number; laneId?: string | null }) => {
      setSelectedId(null);
      setCreating((c) => ({ key: (c?.key ?? 0) + 1, draft: newDraft(state, shape, at, last) }));
      setTab('items');
    },
    [state, last],
  );

  const saveNew = async (draft: Draft, next: boolean) => {
    const id = newId('item');
    const ok = await dispatch('item.add', { ...draft, id });
    if (!ok) return false;
    setLast({ start: draft.start, laneId: draft.laneId });
    if (!next) {
      setCreating(null);
      setSelectedId(id);
    }
    return true;
  };

  const openWall = async () => {
    const result = await platform.openWall(caseId);
    if (result.placement === 'blocked') toast({ tone: 'error', message: t('editor.wallBlocked') });
  };

  const deleteSelected = useCallback(() => {
    if (!selectedId) return;
    const deleted = selectedId;
    void dispatch('item.delete', { ids: [deleted] }).then(
      (ok) => ok && setSelectedId((current) => (current === deleted ? null : current)),
    );
  }, [dispatch, selectedId]);

  return (
    <div className="editor">
      <AppTopBar title={state.case.title}>
        <button type="button" onClick={() => navigate({ name: 'library' })}>
          ← {t('editor.toLibrary')}
        </button>
        <UndoButtons caseId={caseId} />
        <button type="button" onClick={() => addItem('moment')}>
          + {t('editor.addMoment')}
        </button>
        <button type="button" onClick={() => addItem('period')}>
          + {t('editor.addPeriod')}
        </button>
        <button
          type="button"
          onClick={() =>
            void exportCaseToFile(db, platform, caseId, appVersion).then(
              (r) => r.saved && toast({ message: t('library.exported', { location: r.location }) }),
            )
          }
        >
          {t('editor.export')}
        </button>
        <button type="button" onClick={() => navigate({ name: 'session', caseId })}>
          {t('session.open')}
        </button>
        <button type="button" className="primary" onClick={() => void openWall()}>
          {t('editor.openWall')}
        </button>
      </AppTopBar>
      <div className="editor-body">
        <section className="editor-canvas" aria-label={t('editor.title')}>
          <EditorCanvas
            state={state}
            selectedId={selectedId}
            onSelect={(id) => {
              setSelectedId(id);
              if (id) {
                setCreating(null);
                setTab('items');
              }
            }}
            dispatch={dispatch}
            onAddAt={(day, laneId) => addItem('moment', { day, laneId })}
            onDeleteSelected={deleteSelected}
          />
        </section>
        <aside
          className="editor-side"
          onPaste={(e) => {
            // Rows pasted anywhere in the panel but a text field open the import preview.
            const target = e.target as HTMLElement;
            if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
            const text = e.clipboardData.getData('text/plain');
            if (!text.trim()) return;
            e.preventDefault();
            setImportText(text);
          }}
        >
          <SessionTrailBar state={state} dispatch={dispatch} />
          <div className="editor-tabs" role="tablist">
            {(['items', 'lanes', 'axis', 'members', 'case'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                onClick={() => setTab(name)}
              >
                {t(tabLabel[name])}
              </button>
            ))}
          </div>
          {tab === 'items' &&
            (creating ? (
              <ItemForm
                key={`new-${creating.key}`}
                state={state}
                initial={creating.draft}
                onSave={(draft) => saveNew(draft, false)}
                onSaveAndNext={(draft) => saveNew(draft, true)}
                onClose={() => setCreating(null)}
                onPasteRows={setImportText}
              />
            ) : selected && selected.type === 'item' ? (
              <ItemForm
                key={selected.id}
                state={state}
                item={selected}
                onSave={async (changes) => {
                  const ok = await dispatch('item.update', { id: selected.id, ...changes });
                  if (ok) setLast({ start: changes.start, laneId: changes.laneId });
                  return ok;
                }}
                onDelete={deleteSelected}
                onClose={() => setSelectedId(null)}
                onPasteRows={setImportText}
              />
            ) : (
              <ItemList state={state} onSelect={setSelectedId} onImport={setImportText} />
            ))}
          {tab === 'lanes' && <LanesPanel state={state} dispatch={dispatch} />}
          {tab === 'axis' && <AxisPanel state={state} dispatch={dispatch} />}
          {tab === 'members' && <MembersPanel state={state} dispatch={dispatch} />}
          {tab === 'case' && <CasePanel state={state} dispatch={dispatch} />}
        </aside>
      </div>
      {importText !== null && (
        <RowsImportDialog
          state={state}
          dispatch={dispatch}
          initialText={importText}
          onClose={() => setImportText(null)}
        />
      )}
    </div>
  );
}

const tabLabel: Record<Tab, string> = {
  items: 'editor.items',
  lanes: 'editor.lanes',
  axis: 'editor.axis',
  members: 'editor.members',
  case: 'editor.caseDetails',
};
