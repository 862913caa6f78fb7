import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, ItemRecord } from '@shared/model';
import { TEXT_LIMITS } from '@shared/model';
import { DatePhraseField } from './DatePhraseField';
import { kindOfLane, type Draft } from './newItem';

function draftOf(item: ItemRecord): Draft {
  const { shape, kind, title, description, start, end, laneId, memberIds } = item;
  return { shape, kind, title, description, start, end, laneId, memberIds };
}

/**
 * Edits one moment or period, or a new one that is created only when it is saved. Enter in
 * the title or date saves (for a new item: saves and starts the next one with the same lane and
 * date, focus in the title); Ctrl+Enter saves from the description. The kind follows the lane.
 * Pasting several lines into the title offers them as rows to import.
 */
export function ItemForm({
  state,
  item,
  initial,
  onSave,
  onSaveAndNext,
  onDelete,
  onClose,
  onPasteRows,
}: {
  state: CaseState;
  /** The stored item being edited; undefined for a new one. */
  item?: ItemRecord;
  /** A new item's starting values. */
  initial?: Draft;
  onSave: (draft: Draft) => Promise<boolean>;
  /** New items: save, then start the next one. */
  onSaveAndNext?: (draft: Draft) => Promise<boolean>;
  onDelete?: () => void;
  onClose: () => void;
  onPasteRows: (text: string) => void;
}) {
  const { t } = useTranslation();
  const isNew = !item;
  const stored = item ? draftOf(item) : initial!;
  const [draft, setDraft] = useState<Draft>(stored);
  const [dateOk, setDateOk] = useState(true);
  const [saving, setSaving] = useState(false);
  // A change from elsewhere (drag on the canvas, the other window, undo) replaces the draft.
  useEffect(() => {
    if (item) setDraft(draftOf(item));
  }, [item]);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (isNew) titleRef.current?.focus();
  }, [isNew]);

  const dirty = isNew || JSON.stringify(draft) !== JSON.stringify(stored);
  const valid = draft.title.trim().length > 0 && dateOk;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const clean = (): Draft => ({
    ...draft,
    title: draft.title.trim(),
    end: draft.shape === 'period' ? draft.end : null,
  });
  const save = async (next: boolean) => {
    if (!valid || !dirty) return;
    const saved = clean();
    if (next && onSaveAndNext) {
      // The next one starts at once (same lane and date, focus in the title), so typing goes on
      // while this one is stored; should storing fail, what was typed comes back.
      setDraft((d) => ({ ...d, title: '', description: '', memberIds: [] }));
      titleRef.current?.focus();
      if (!(await onSaveAndNext(saved))) setDraft(saved);
      return;
    }
    if (saving) return;
    setSaving(true);
    await onSave(saved);
    setSaving(false);
  };
  const primaryIsNext = isNew && !!onSaveAndNext;
  const heading = draft.shape === 'moment' ? t('item.moment') : t('item.period');

  return (
    <form
      className="stack item-form"
      aria-label={heading}
      // While a new item is being stored the form waits (what is typed meanwhile would be lost).
      aria-busy={saving}
      inert={saving}
      onSubmit={(e) => {
        e.preventDefault();
        void save(primaryIsNext);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="row">
        <h2 className="grow">{isNew ? `${t('item.new')}: ${heading.toLowerCase()}` : heading}</h2>
        <span className="origin-badge muted">
          {item ? t(`item.origin.${item.origin}`) : t('item.notSavedYet')}
        </span>
      </div>
      <label className="field">
        {t('item.title')}
        <input
          ref={titleRef}
          name="title"
          value={draft.title}
          maxLength={TEXT_LIMITS.title}
          autoComplete="off"
          onChange={(e) => set('title', e.target.value)}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData('text/plain');
            const lines = pasted.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
            if (lines.length > 1) {
              e.preventDefault();
              onPasteRows(pasted);
            } else if (/[\r\n\t]/.test(pasted) && lines.length === 1) {
              e.preventDefault();
              set(
                'title',
                `${draft.title}${lines[0]!.replace(/\t+/g, ' ').trim()}`.slice(0, TEXT_LIMITS.title),
              );
            }
          }}
          dir="auto"
        />
      </label>
      <DatePhraseField
        value={draft}
        onChange={(when) => {
          setDateOk(when !== null);
          if (when) setDraft((d) => ({ ...d, shape: when.shape, start: when.start, end: when.end }));
        }}
        onEnter={() => void save(primaryIsNext)}
      />
      <div className="row">
        <label className="field grow">
          {t('item.lane')}
          <select
            name="lane"
            value={draft.laneId}
            onChange={(e) => {
              const laneId = e.target.value;
              setDraft((d) => ({ ...d, laneId, kind: kindOfLane(state, laneId) }));
            }}
          >
            {state.lanes.map((lane) => (
              <option key={lane.id} value={lane.id}>
                {lane.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('item.kind')}
          <select
            name="kind"
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as Draft['kind'])}
          >
            <option value="life">{t('item.kinds.life')}</option>
            <option value="help">{t('item.kinds.help')}</option>
          </select>
        </label>
      </div>
      <label className="field">
        {t('item.description')}
        <textarea
          name="description"
          value={draft.description}
          maxLength={TEXT_LIMITS.description}
          onChange={(e) => set('description', e.target.value)}
          // Ctrl+Enter saves here too: the key map's submitForm (shared/keymap).
          dir="auto"
        />
      </label>
      {state.members.length > 0 && (
        <fieldset>
          <legend>{t('item.people')}</legend>
          <div className="row">
            {state.members.map((m) => (
              <label key={m.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.memberIds.includes(m.id)}
                  onChange={(e) =>
                    set(
                      'memberIds',
                      e.target.checked
                        ? [...draft.memberIds, m.id]
                        : draft.memberIds.filter((id) => id !== m.id),
                    )
                  }
                />
                {m.pseudonym}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="row form-actions">
        {primaryIsNext ? (
          <>
            <button type="submit" className="primary" disabled={!valid}>
              {t('item.saveAndNext')}
            </button>
            <button type="button" disabled={!valid || saving} onClick={() => void save(false)}>
              {t('item.saveOnly')}
            </button>
            <button type="button" onClick={onClose}>
              {t('app.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="submit" className="primary" disabled={!valid || !dirty || saving}>
              {t('app.save')}
            </button>
            <button type="button" onClick={onClose}>
              {t('app.close')}
            </button>
          </>
        )}
        <span className="spacer grow" />
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            {t('item.delete')}
          </button>
        )}
      </div>
      <p className="muted keys-hint">{isNew ? t('item.keysNew') : t('item.keysEdit')}</p>
    </form>
  );
}
