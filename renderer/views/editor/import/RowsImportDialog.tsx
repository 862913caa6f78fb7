import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, Language } from '@shared/model';
import { newId } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import {
  axisCovering,
  importPlan,
  readCells,
  readRows,
  type AcceptedRow,
  type RowReading,
} from '@shared/rows';
import { formatFuzzyDate, formatWhen, precisionKind } from '@shared/time';
import { formatBytes } from '@shared/file';
import { Dialog } from '../../../components/Dialog';
import { useToast } from '../../../components/Toasts';
import { MAX_SHEET_FILE_BYTES, readSheetFile, type SheetFile } from './readSheetFile';

type Source = { kind: 'text' } | { kind: 'file'; file: SheetFile; sheet: number };

/**
 * Paste rows (or open a CSV/Excel file), see how every row is read — date and precision, lane
 * found or to be made, family members recognised, or why a row cannot be read — and add them
 * all as one undoable command.
 */
export function RowsImportDialog({
  state,
  dispatch,
  initialText = '',
  onClose,
}: {
  state: CaseState;
  dispatch: Dispatch;
  initialText?: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'nl';
  const toast = useToast();
  const [text, setText] = useState(initialText);
  const [source, setSource] = useState<Source>({ kind: 'text' });
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ctx = useMemo(
    () => ({ lanes: state.lanes, members: state.members, referenceYear: new Date().getFullYear() }),
    [state.lanes, state.members],
  );
  const reading = useMemo(() => {
    if (source.kind === 'text') return readRows(text, ctx);
    const sheet = source.file.sheets[source.sheet]!;
    return readCells(sheet.rows, ctx, sheet.separator);
  }, [source, text, ctx]);
  const accepted = reading.rows.filter((r): r is AcceptedRow => r.ok);
  const refusedCount = reading.rows.length - accepted.length;
  const covering = axisCovering(state.case.axis, accepted);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileProblem(null);
    const read = await readSheetFile(file);
    if ('kind' in read) {
      setFileProblem(
        read.kind === 'tooLarge'
          ? t('rows.fileTooLarge', {
              name: file.name,
              size: formatBytes(read.bytes),
              max: formatBytes(MAX_SHEET_FILE_BYTES),
            })
          : read.kind === 'notASheet'
            ? t('rows.fileNotASheet')
            : t('rows.fileFailed', { name: file.name, message: read.message }),
      );
      return;
    }
    if (read.sheets.length === 0) {
      setFileProblem(t('rows.fileFailed', { name: file.name, message: '0' }));
      return;
    }
    setSource({ kind: 'file', file: read, sheet: 0 });
  };

  const accept = async () => {
    if (accepted.length === 0 || busy) return;
    setBusy(true);
    const ok = await dispatch('item.import', importPlan(accepted, newId));
    setBusy(false);
    if (ok) {
      toast({ message: t('rows.added', { count: accepted.length }) });
      onClose();
    }
  };

  const columnNames = reading.columns.map((c) => t(`rows.columnNames.${c}`)).join(', ');
  return (
    <Dialog title={t('rows.title')} onClose={onClose} className="wide rows-import">
      <p className="muted">{t('rows.intro')}</p>
      {source.kind === 'text' ? (
        <label className="field">
          {t('rows.pasteLabel')}
          <textarea
            className="rows-text"
            value={text}
            rows={7}
            spellCheck={false}
            placeholder={t('rows.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      ) : (
        <div className="row">
          <strong>{t('rows.fileRead', { name: source.file.name, count: reading.rows.length })}</strong>
          {source.file.sheets.length > 1 && (
            <label className="field inline">
              {t('rows.sheet')}
              <select
                value={source.sheet}
                onChange={(e) => setSource({ ...source, sheet: Number(e.target.value) })}
              >
                {source.file.sheets.map((s, i) => (
                  <option key={i} value={i}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => setSource({ kind: 'text' })}>
            {t('rows.pasteLabel')}
          </button>
        </div>
      )}
      <div className="row">
        <label className="button file-button">
          {t('rows.openFile')}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {fileProblem && (
          <span className="error-text" role="alert">
            {fileProblem}
          </span>
        )}
      </div>
      {reading.rows.length > 0 && (
        <>
          <p className="rows-summary" data-testid="rows-summary">
            <strong>{t('rows.summary', { ok: accepted.length, total: reading.rows.length })}</strong> ·{' '}
            {reading.separator === 'line' ? t('rows.perLine') : t('rows.columns', { columns: columnNames })}
            {reading.header && ` (${t('rows.withHeader')})`}
            {refusedCount > 0 && (
              <>
                <br />
                <span className="error-text">{t('rows.summaryRefused', { count: refusedCount })}</span>
              </>
            )}
          </p>
          <div className="rows-preview-scroll">
            <table className="rows-preview">
              <thead>
                <tr>
                  <th>{t('rows.headRow')}</th>
                  <th>{t('rows.headWhen')}</th>
                  <th>{t('rows.headPrecision')}</th>
                  <th>{t('rows.headLane')}</th>
                  <th>{t('rows.headTitle')}</th>
                  <th>{t('rows.headPeople')}</th>
                </tr>
              </thead>
              <tbody>
                {/* Rows that need attention first, then the rest in their order. */}
                {[...reading.rows.filter((r) => !r.ok), ...accepted].map((row) => (
                  <PreviewRow key={row.line} row={row} lang={lang} />
                ))}
              </tbody>
            </table>
          </div>
          {covering && (
            <p className="muted">
              {t('rows.axisGrows', {
                start: formatFuzzyDate({ precision: 'year', year: Number(covering.start.slice(0, 4)) }, lang),
                end: formatFuzzyDate({ precision: 'year', year: Number(covering.end.slice(0, 4)) }, lang),
              })}
            </p>
          )}
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={accepted.length === 0 || busy}
          onClick={() => void accept()}
        >
          {accepted.length === 0 ? t('rows.acceptNone') : t('rows.accept', { count: accepted.length })}
        </button>
      </div>
    </Dialog>
  );
}

function PreviewRow({ row, lang }: { row: RowReading; lang: Language }) {
  const { t } = useTranslation();
  if (!row.ok) {
    return (
      <tr className="refused" data-line={row.line}>
        <td>{row.line}</td>
        <td colSpan={5}>
          <span className="error-text">
            {t('rows.notRead')}: {t(row.reason.key, row.reason.values)}
          </span>
          <br />
          <span className="muted source" dir="auto">
            {row.cells.filter((c) => c.trim() !== '').join(' · ')}
          </span>
        </td>
      </tr>
    );
  }
  const kinds =
    row.shape === 'period'
      ? `${t(`datePhrase.kinds.${precisionKind(row.start)}`)} → ${
          row.end ? t(`datePhrase.kinds.${precisionKind(row.end)}`) : t('item.ongoing').toLowerCase()
        }`
      : t(`datePhrase.kinds.${precisionKind(row.start)}`);
  return (
    <tr data-line={row.line}>
      <td>{row.line}</td>
      <td className="when">{formatWhen(row, lang)}</td>
      <td>{kinds}</td>
      <td dir="auto">
        {row.lane.name}
        {row.lane.kind === 'new' && <span className="badge">{t('rows.newLane')}</span>}
      </td>
      <td dir="auto">
        {row.title}
        {row.notes
          .filter((n) => n.key !== 'rows.note.newLane')
          .map((n) => (
            <span key={n.key} className="muted note">
              {' '}
              ({t(n.key, n.values)})
            </span>
          ))}
      </td>
      <td dir="auto">
        {row.members.map((m) => m.pseudonym).join(', ')}
        {row.newMembers.map((name) => (
          <span key={name}>
            {row.members.length > 0 || row.newMembers.indexOf(name) > 0 ? ', ' : ''}
            {name} <span className="badge">{t('rows.newMember')}</span>
          </span>
        ))}
      </td>
    </tr>
  );
}
