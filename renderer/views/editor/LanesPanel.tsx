import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { newId, TEXT_LIMITS } from '@shared/model';
import { useState } from 'react';
import { useDraft } from '../../components/useDraft';
import type { Dispatch } from '@shared/commands';

/** Lanes: family life plus one per help provider; rename, recolour, reorder, add, delete. */
export function LanesPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  // The lane just added gets the focus, its placeholder name selected, so the name is typed at once.
  const [focusId, setFocusId] = useState<string | null>(null);
  return (
    <section className="stack" aria-labelledby="lanes-heading">
      <h2 id="lanes-heading">{t('lane.title')}</h2>
      <ol className="lane-list stack">
        {state.lanes.map((lane, index) => {
          return (
            <li key={lane.id} className="lane-row" data-lane-id={lane.id}>
              <input
                type="color"
                aria-label={`${t('lane.colour')} ${lane.name}`}
                value={lane.colour}
                onChange={(e) => void dispatch('lane.update', { id: lane.id, colour: e.target.value })}
              />
              <LaneNameField
                name={lane.name}
                label={`${t('lane.name')} ${index + 1}`}
                focus={lane.id === focusId}
                onCommit={(name) => void dispatch('lane.update', { id: lane.id, name })}
              />
              <button
                type="button"
                aria-label={`${t('lane.moveUp')}: ${lane.name}`}
                disabled={index === 0}
                onClick={() => void dispatch('lane.reorder', { id: lane.id, toIndex: index - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`${t('lane.moveDown')}: ${lane.name}`}
                disabled={index === state.lanes.length - 1}
                onClick={() => void dispatch('lane.reorder', { id: lane.id, toIndex: index + 1 })}
              >
                ↓
              </button>
              {lane.kind === 'help' && (
                <button
                  type="button"
                  className="danger"
                  aria-label={`${t('lane.delete')}: ${lane.name}`}
                  onClick={() => {
                    const family = state.lanes.find((l) => l.kind === 'family');
                    void dispatch('lane.delete', { id: lane.id, moveItemsTo: family?.id });
                  }}
                >
                  ✕
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          const id = newId('lane');
          void dispatch('lane.add', { id, name: t('lane.newName'), kind: 'help' }).then(
            (ok) => ok && setFocusId(id),
          );
        }}
      >
        + {t('lane.add')}
      </button>
    </section>
  );
}

/** A lane's name: a text area that grows with the name, so a long name is read whole, never cut. */
function LaneNameField({
  name,
  label,
  focus,
  onCommit,
}: {
  name: string;
  label: string;
  focus: boolean;
  onCommit: (name: string) => void;
}) {
  const [draft, setDraft] = useDraft(name);
  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed && trimmed !== name) onCommit(trimmed);
    else setDraft(name);
  };
  return (
    <textarea
      ref={
        focus
          ? (el) => {
              if (el && document.activeElement !== el && el.dataset.focused !== '1') {
                el.dataset.focused = '1';
                el.focus();
                el.select();
              }
            }
          : undefined
      }
      className="lane-name"
      rows={1}
      aria-label={label}
      value={draft}
      maxLength={TEXT_LIMITS.name}
      onChange={(e) => setDraft(e.target.value.replace(/[\r\n]+/g, ' '))}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
      dir="auto"
    />
  );
}
