import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_CODEBOOKS, filterCodes, type Code } from '@shared/analysis';
import { builtInQdaCodes, codebookQdc, importedLabels, ownQdaCodes, parseQdc } from '@shared/refi';
import { TEXT_LIMITS, type CardRecord, type CaseState } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { Dialog } from '../../components/Dialog';
import { useServices } from '../../app/services';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../app/errorMessage';
import '../../styles/study.css';

/**
 * Tag one card with codes from the built-in codebooks (with their sub-codes) or the researchers'
 * own codes; a search field narrows every codebook at once. Codebooks go to and come from other
 * QDA programs as REFI-QDA `.qdc` files.
 */
export function CodesDialog({
  state,
  card,
  dispatch,
  onClose,
}: {
  state: CaseState;
  card: CardRecord;
  dispatch: Dispatch;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { platform, appVersion } = useServices();
  const toast = useToast();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const codes = state.analysis?.codes[card.id] ?? [];
  const custom = state.analysis?.customCodes ?? [];
  const [label, setLabel] = useState('');
  const [query, setQuery] = useState('');
  const toggle = (id: string, on: boolean) =>
    void dispatch('analysis.setCodes', {
      cardId: card.id,
      codes: on ? [...codes, id] : codes.filter((c) => c !== id),
    });
  const box = (c: Code, depth = 0) => (
    <div key={c.id} className="code-node">
      <label className={depth ? 'check sub-code' : 'check'}>
        <input
          type="checkbox"
          checked={codes.includes(c.id)}
          onChange={(e) => toggle(c.id, e.target.checked)}
        />
        {c[lang]}
      </label>
      {(c.children ?? []).map((x) => box(x, depth + 1))}
    </div>
  );
  const books = BUILT_IN_CODEBOOKS.map((b) => ({ book: b, codes: filterCodes(b.codes, query) })).filter(
    (b) => b.codes.length > 0,
  );
  const own = filterCodes(custom, query);

  const importQdc = async () => {
    try {
      const file = await platform.openFile({ extensions: ['qdc', 'xml'], maxBytes: 5 * 1024 * 1024 });
      if (!file.opened) {
        if (file.reason === 'tooLarge')
          toast({ tone: 'error', message: t('refi.importFailed', { message: file.name }) });
        return;
      }
      const parsed = parseQdc(file.text);
      if (!parsed.ok) {
        toast({ tone: 'error', message: t('refi.importFailed', { message: parsed.message }) });
        return;
      }
      const labels = importedLabels(parsed.codes).slice(0, 200);
      if (await dispatch('analysis.importCodes', { labels }))
        toast({ message: t('refi.imported', { count: labels.length }) });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(t, err) });
    }
  };
  const exportQdc = async () => {
    const ownCodes = ownQdaCodes(custom, lang);
    const r = await platform.saveFile({
      suggestedName: lang === 'en' ? 'levenslijn-codebook.qdc' : 'levenslijn-codeboek.qdc',
      mimeType: 'application/xml',
      data: codebookQdc(
        [...builtInQdaCodes(lang), ...(ownCodes ? [ownCodes] : [])],
        `Levenslijn ${appVersion}`,
      ),
      extensions: ['qdc'],
    });
    if (r.saved) toast({ message: t('library.exported', { location: r.location }) });
  };

  return (
    <Dialog
      title={t('analysis.codesFor', {
        text: card.text.length > 80 ? `${card.text.slice(0, 80)}…` : card.text,
      })}
      onClose={onClose}
      labelledBy={`codes-${card.id}`}
    >
      <input
        type="search"
        className="codes-search"
        value={query}
        aria-label={t('refi.searchCodes')}
        placeholder={t('refi.searchCodes')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="codes-dialog stack">
        {books.length === 0 && own.length === 0 && (
          <p className="muted">{t('refi.noCodesFound', { query })}</p>
        )}
        {books.map(({ book, codes: shown }) => (
          <fieldset key={book.id}>
            <legend>{book[lang]}</legend>
            {shown.map((c) => box(c))}
          </fieldset>
        ))}
        <fieldset>
          <legend>{t('analysis.ownCodes')}</legend>
          {own.map((c) => box(c))}
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (label.trim())
                void dispatch('analysis.addCode', { label: label.trim() }).then(
                  (ok) => ok && setLabel((current) => (current === label ? '' : current)),
                );
            }}
          >
            <input
              className="grow"
              value={label}
              maxLength={TEXT_LIMITS.code}
              aria-label={t('analysis.newCode')}
              placeholder={t('analysis.newCode')}
              onChange={(e) => setLabel(e.target.value)}
              dir="auto"
            />
            <button type="submit" disabled={!label.trim()}>
              + {t('analysis.addCode')}
            </button>
          </form>
        </fieldset>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void importQdc()}>
          {t('refi.importCodebook')}
        </button>
        <button type="button" onClick={() => void exportQdc()}>
          {t('refi.exportCodebook')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('analysis.done')}
        </button>
      </div>
    </Dialog>
  );
}
