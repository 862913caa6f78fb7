import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, ItemRecord } from '@shared/model';
import { TEXT_LIMITS } from '@shared/model';
import { FuzzyDateInput } from './FuzzyDateInput';

type Draft = Pick<
  ItemRecord,
  'shape' | 'kind' | 'title' | 'description' | 'start' | 'end' | 'laneId' | 'memberIds'
>;

function draftOf(item: ItemRecord): Draft {
  const { shape, kind, title, description, start, end, laneId, memberIds } = item;
  return { shape, kind, title, description, start, end, laneId, memberIds };
}

/** Edits one moment or period; saves as one `item.update` command. */
export function ItemForm({
  state,
  item,
  onSave,
  onDelete,
  onClose,
}: {
  state: CaseState;
  item: ItemRecord;
  onSave: (changes: Draft) => Promise<boolean>;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  // A change from elsewhere (drag on the canvas, the other window, undo) replaces the draft.
  useEffect(() => setDraft(draftOf(item)), [item]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(item));
  const valid = draft.title.trim().length > 0;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <form
      className="stack item-form"
      aria-label={draft.shape === 'moment' ? t('item.moment') : t('item.period')}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && dirty) void onSave({ ...draft, title: draft.title.trim() });
      }}
    >
      <div className="row">
        <h2 className="grow">{draft.shape === 'moment' ? t('item.moment') : t('item.period')}</h2>
        <span className="origin-badge muted">{t(`item.origin.${item.origin}`)}</span>
      </div>
      <label className="field">
        {t('item.title')}
        <input
          name="title"
          value={draft.title}
          maxLength={TEXT_LIMITS.title}
          onChange={(e) => set('title', e.target.value)}
          dir="auto"
        />
      </label>
      <div className="row">
        <label className="field grow">
          {t('item.shape')}
          <select
            name="shape"
            value={draft.shape}
            onChange={(e) => {
              const shape = e.target.value as Draft['shape'];
              setDraft((d) => ({ ...d, shape, end: shape === 'moment' ? null : (d.end ?? d.start) }));
            }}
          >
            <option value="moment">{t('item.moment')}</option>
            <option value="period">{t('item.period')}</option>
          </select>
        </label>
        <label className="field grow">
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
        {t('item.lane')}
        <select name="lane" value={draft.laneId} onChange={(e) => set('laneId', e.target.value)}>
          {state.lanes.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name}
            </option>
          ))}
        </select>
      </label>
      <FuzzyDateInput
        idPrefix="item-start"
        legend={draft.shape === 'moment' ? t('item.start') : t('item.startPeriod')}
        value={draft.start}
        onChange={(d) => set('start', d)}
      />
      {draft.shape === 'period' && (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.end === null}
              onChange={(e) => set('end', e.target.checked ? null : draft.start)}
            />
            {t('item.ongoing')}
          </label>
          {draft.end !== null && (
            <FuzzyDateInput
              idPrefix="item-end"
              legend={t('item.end')}
              value={draft.end}
              onChange={(d) => set('end', d)}
            />
          )}
        </>
      )}
      <label className="field">
        {t('item.description')}
        <textarea
          name="description"
          value={draft.description}
          maxLength={TEXT_LIMITS.description}
          onChange={(e) => set('description', e.target.value)}
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
      <div className="row">
        <button type="submit" className="primary" disabled={!valid || !dirty}>
          {t('app.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('app.close')}
        </button>
        <span className="spacer grow" />
        <button type="button" className="danger" onClick={onDelete}>
          {t('item.delete')}
        </button>
      </div>
    </form>
  );
}
