import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useDraggable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { TEXT_LIMITS, type AnalysisGroup, type CardList, type CaseState } from '@shared/model';
import { rankList, type RankedCard } from '@shared/session';
import { codeLabel } from '@shared/analysis';
import type { Dispatch } from '@shared/commands';
import { BlurField } from '../../components/BlurField';
import { CardMenu } from './CardMenu';

/** What a dragged card carries: which card, and which main factor it was dragged out of. */
interface DragData {
  cardId: string;
  fromGroupId: string | null;
}

/**
 * The drop target under the pointer, read from the page as it is drawn now. (dnd-kit's own
 * collision rectangles go stale for the pinned, sticky main factors while the board scrolls.)
 */
function dropTargetAt(p: { x: number; y: number } | null): string | null {
  if (!p) return null;
  for (const el of document.elementsFromPoint(p.x, p.y)) {
    const target = el.closest<HTMLElement>('[data-drop-id]');
    if (target) return target.dataset.dropId ?? null;
  }
  return null;
}

/** Where the mouse or the finger is, while a drag lasts (in the viewport's coordinates). */
function usePointerDuringDrag() {
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const stop = useRef<(() => void) | null>(null);
  const start = (ev: Event) => {
    const first = 'touches' in ev ? (ev as TouchEvent).touches[0] : (ev as MouseEvent);
    pointer.current = first ? { x: first.clientX, y: first.clientY } : null;
    const onMouse = (e: MouseEvent) => (pointer.current = { x: e.clientX, y: e.clientY });
    const onTouch = (e: TouchEvent) => {
      const t = e.touches[0] ?? e.changedTouches[0];
      if (t) pointer.current = { x: t.clientX, y: t.clientY };
    };
    window.addEventListener('mousemove', onMouse, true);
    window.addEventListener('touchmove', onTouch, { capture: true, passive: true });
    stop.current = () => {
      window.removeEventListener('mousemove', onMouse, true);
      window.removeEventListener('touchmove', onTouch, true);
    };
  };
  const end = () => {
    stop.current?.();
    stop.current = null;
  };
  useEffect(() => end, []);
  return { pointer, start, end };
}

/**
 * One list (strengths or improvement points) grouped into main factors. The cards scroll on the
 * left; the main factors are pinned on the right, so every drop target stays in view while a
 * card is dragged (the board scrolls by itself near its edges). Mouse and touch drag (a touch
 * drag starts after a short hold, so a swipe still scrolls); the keyboard groups a focused card
 * with 1–9 (0: out of every main factor); each card's menu does all of it too. A card may
 * support several main factors.
 */
export function ClusterBoard({
  state,
  list,
  dispatch,
}: {
  state: CaseState;
  list: CardList;
  dispatch: Dispatch;
}) {
  const { t } = useTranslation();
  const ranked = rankList(state, list);
  const groups = (state.analysis?.groups ?? []).filter((g) => g.list === list);
  const byId = new Map(ranked.map((r) => [r.card.id, r]));
  const inGroup = new Set(groups.flatMap((g) => g.cardIds));
  const [active, setActive] = useState<DragData | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const drag = usePointerDuringDrag();
  // The menu lives here, not in the card: a card moving between the lists keeps its menu open.
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const menuCard = menuFor ? byId.get(menuFor) : undefined;
  const [announce, setAnnounce] = useState('');
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 12 } }),
  );
  const place = (cardId: string, groupId: string | null, fromGroupId: string | null) => {
    const card = byId.get(cardId)?.card;
    const group = groups.find((g) => g.id === groupId);
    void dispatch('analysis.groupCard', { cardId, groupId, fromGroupId }).then(
      (ok) =>
        ok && card && group && setAnnounce(t('reportUi.dropped', { text: card.text, group: group.name })),
    );
  };
  const onDragEnd = (e: DragEndEvent) => {
    const over = dropTargetAt(drag.pointer.current);
    drag.end();
    setActive(null);
    setOver(null);
    const data = e.active.data.current as DragData | undefined;
    if (!data || !over) return;
    if (over.startsWith('group:')) {
      const groupId = over.slice('group:'.length);
      if (groupId !== data.fromGroupId) place(data.cardId, groupId, data.fromGroupId);
    } else if (over === 'cards' && data.fromGroupId) place(data.cardId, null, data.fromGroupId);
  };
  /** Keys on a focused card: 1–9 put it under that main factor (or take it out), 0 out of all. */
  const onCardKey = (e: KeyboardEvent, cardId: string) => {
    if (e.target !== e.currentTarget) return;
    if (/^[1-9]$/.test(e.key)) {
      const g = groups[Number(e.key) - 1];
      if (!g) return;
      e.preventDefault();
      const on = !g.cardIds.includes(cardId);
      void dispatch('analysis.toggleCardGroup', { cardId, groupId: g.id, on }).then(
        (ok) =>
          ok &&
          on &&
          setAnnounce(t('reportUi.dropped', { text: byId.get(cardId)?.card.text ?? '', group: g.name })),
      );
    } else if (e.key === '0') {
      e.preventDefault();
      void dispatch('analysis.groupCard', { cardId, groupId: null });
    }
  };
  const ungrouped = ranked.filter((r) => !inGroup.has(r.card.id));
  const grouped = ranked.filter((r) => inGroup.has(r.card.id));
  const row = (r: RankedCard) => (
    <CardRow
      key={r.card.id}
      ranked={r}
      state={state}
      groups={groups}
      onKey={onCardKey}
      onMenu={() => setMenuFor(r.card.id)}
    />
  );
  return (
    <DndContext
      sensors={sensors}
      onDragStart={(e: DragStartEvent) => {
        drag.start(e.activatorEvent);
        setActive((e.active.data.current as DragData) ?? null);
      }}
      onDragMove={() => setOver(dropTargetAt(drag.pointer.current))}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        drag.end();
        setActive(null);
        setOver(null);
      }}
      autoScroll={{ threshold: { x: 0.05, y: 0.08 }, acceleration: 12 }}
    >
      <div className={`cluster-board list-${list}${active ? ' dragging' : ''}`} data-list={list}>
        <CardsPane over={over === 'cards'}>
          <p className="muted">{t('reportUi.pinnedHint')}</p>
          <p id="board-keys" className="visually-hidden">
            {t('reportUi.keyboardHint')}
          </p>
          {ranked.length === 0 && <p className="muted">{t('analysis.noCards')}</p>}
          {ungrouped.length > 0 && (
            <>
              <h3>
                {t('analysis.ungrouped')} ({ungrouped.length})
              </h3>
              <ul className="cluster-cards">{ungrouped.map(row)}</ul>
            </>
          )}
          {grouped.length > 0 && (
            <>
              <h3>
                {t('reportUi.underFactors')} ({grouped.length})
              </h3>
              <ul className="cluster-cards">{grouped.map(row)}</ul>
            </>
          )}
        </CardsPane>
        <aside className="groups-pane stack" aria-label={t(`analysis.mainFactors.${list}`)}>
          <h3>{t(`analysis.mainFactors.${list}`)}</h3>
          {groups.map((g, i) => (
            <GroupBox
              key={g.id}
              group={g}
              number={i + 1}
              index={(state.analysis?.groups ?? []).indexOf(g)}
              cards={g.cardIds.map((id) => byId.get(id)).filter((r): r is RankedCard => !!r)}
              groups={groups}
              dispatch={dispatch}
              over={over === `group:${g.id}`}
            />
          ))}
          <NewGroup list={list} dispatch={dispatch} />
        </aside>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {menuCard && (
        <CardMenu
          state={state}
          ranked={menuCard}
          groups={groups}
          dispatch={dispatch}
          onClose={() => setMenuFor(null)}
        />
      )}
      <DragOverlay dropAnimation={null}>
        {active ? <div className="cluster-card dragging">{byId.get(active.cardId)?.card.text}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}

function CardsPane({ children, over }: { children: ReactNode; over: boolean }) {
  return (
    <section className={over ? 'cards-pane drop-over' : 'cards-pane'} data-drop-id="cards">
      {children}
    </section>
  );
}

function NewGroup({ list, dispatch }: { list: CardList; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim())
          void dispatch('analysis.addGroup', { list, name: name.trim() }).then(
            (ok) => ok && setName((current) => (current === name ? '' : current)),
          );
      }}
    >
      <input
        className="grow"
        value={name}
        maxLength={TEXT_LIMITS.title}
        placeholder={t('analysis.groupName')}
        aria-label={`${t('analysis.newGroup')} (${t(`session.lists.${list}`)})`}
        onChange={(e) => setName(e.target.value)}
        dir="auto"
      />
      <button type="submit" disabled={!name.trim()}>
        + {t('analysis.addGroup')}
      </button>
    </form>
  );
}

function GroupBox({
  group,
  number,
  index,
  cards,
  groups,
  dispatch,
  over,
}: {
  group: AnalysisGroup;
  number: number;
  index: number;
  cards: RankedCard[];
  groups: AnalysisGroup[];
  dispatch: Dispatch;
  over: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(group.name);
  const [base, setBase] = useState(group.name);
  if (base !== group.name) {
    setBase(group.name);
    setDraft(group.name);
  }
  const votes = cards.reduce((s, r) => s + r.votes, 0);
  const commit = () => {
    if (draft.trim() && draft.trim() !== group.name)
      void dispatch('analysis.renameGroup', { id: group.id, name: draft.trim() });
  };
  return (
    <section
      className={over ? 'cluster-group drop-over' : 'cluster-group'}
      aria-label={group.name}
      data-group-id={group.id}
      data-drop-id={`group:${group.id}`}
    >
      <header className="row">
        <kbd className="group-key" title={t('reportUi.keyboardHint')}>
          {number <= 9 ? number : ''}
        </kbd>
        <input
          className="grow group-name"
          value={draft}
          maxLength={TEXT_LIMITS.title}
          aria-label={t('analysis.groupName')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          dir="auto"
        />
        <span className="votes" title={t('session.votes', { count: votes })}>
          <strong>{votes}</strong>
        </span>
      </header>
      {cards.length === 0 ? (
        <p className="muted">{t('analysis.emptyGroup')}</p>
      ) : (
        <ul className="group-members">
          {cards.map((r) => (
            <Member key={r.card.id} ranked={r} groupId={group.id} dispatch={dispatch} />
          ))}
        </ul>
      )}
      <details className="group-more">
        <summary>{t('reportUi.explanation')}</summary>
        <BlurField
          label={`${t('reportUi.explanation')}: ${group.name}`}
          value={group.description}
          max={TEXT_LIMITS.description}
          multiline
          onCommit={(description) => dispatch('analysis.describeGroup', { id: group.id, description })}
        />
        <div className="row group-tools">
          <button
            type="button"
            aria-label={`${t('analysis.moveUp')}: ${group.name}`}
            disabled={groups[0]?.id === group.id}
            onClick={() => void dispatch('analysis.moveGroup', { id: group.id, toIndex: index - 1 })}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`${t('analysis.moveDown')}: ${group.name}`}
            disabled={groups[groups.length - 1]?.id === group.id}
            onClick={() => void dispatch('analysis.moveGroup', { id: group.id, toIndex: index + 1 })}
          >
            ↓
          </button>
          <span className="grow" />
          <button
            type="button"
            className="danger"
            aria-label={`${t('analysis.deleteGroup')}: ${group.name}`}
            onClick={() => void dispatch('analysis.deleteGroup', { id: group.id })}
          >
            ✕
          </button>
        </div>
      </details>
    </section>
  );
}

/** A card as it sits under a main factor: drag it to another factor or back to the cards. */
function Member({ ranked, groupId, dispatch }: { ranked: RankedCard; groupId: string; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const data: DragData = { cardId: ranked.card.id, fromGroupId: groupId };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: `member:${groupId}:${ranked.card.id}`,
    data,
  });
  return (
    <li
      className={isDragging ? 'group-member dragging-source' : 'group-member'}
      data-card-id={ranked.card.id}
    >
      <span
        ref={setNodeRef}
        className="grow member-handle"
        dir="auto"
        {...attributes}
        {...listeners}
        role="group"
        tabIndex={-1}
      >
        {ranked.card.text}
      </span>
      <span className="votes">{ranked.votes}</span>
      <button
        type="button"
        aria-label={`${t('analysis.noGroup')}: ${ranked.card.text.slice(0, 60)}`}
        onClick={() =>
          void dispatch('analysis.toggleCardGroup', { cardId: ranked.card.id, groupId, on: false })
        }
      >
        ✕
      </button>
    </li>
  );
}

function CardRow({
  ranked,
  state,
  groups,
  onKey,
  onMenu,
}: {
  ranked: RankedCard;
  state: CaseState;
  groups: AnalysisGroup[];
  onKey: (e: KeyboardEvent, cardId: string) => void;
  onMenu: () => void;
}) {
  const { t, i18n } = useTranslation();
  const card = ranked.card;
  const analysis = state.analysis;
  const data: DragData = { cardId: card.id, fromGroupId: null };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id: `card:${card.id}`, data });
  const codes = analysis?.codes[card.id] ?? [];
  const by = state.participants.find((p) => p.id === card.participantId);
  const under = groups.filter((g) => g.cardIds.includes(card.id));
  const quoted = state.quotes.some((q) => q.cardId === card.id);
  return (
    <li className="cluster-card-item">
      <div
        ref={setNodeRef}
        className={isDragging ? 'cluster-card dragging-source' : 'cluster-card'}
        data-card-id={card.id}
        {...attributes}
        {...listeners}
        // focusable for the keyboard keys (1–9, 0); the drag itself is mouse and touch
        tabIndex={0}
        role="group"
        aria-label={card.text}
        aria-keyshortcuts="1 2 3 4 5 6 7 8 9 0"
        aria-describedby="board-keys"
        aria-roledescription={undefined}
        onKeyDown={(e) => onKey(e, card.id)}
      >
        <div className="row">
          <span className="grow card-text" dir="auto">
            {card.text}
          </span>
          <span className="votes">
            <strong>{ranked.votes}</strong> <small>{t('session.split', ranked.byPerspective)}</small>
          </span>
        </div>
        <div className="row wrap card-meta">
          {under.map((g) => (
            <span key={g.id} className="factor-chip" dir="auto">
              {groups.indexOf(g) + 1}. {g.name}
            </span>
          ))}
          {by && <span className="muted">{by.pseudonym}</span>}
          {quoted && <span className="muted">“{t('analysis.quote')}”</span>}
          {codes.length > 0 && (
            <span className="card-codes" data-testid="card-codes">
              {codes
                .map((id) => codeLabel(id, i18n.language === 'en' ? 'en' : 'nl', analysis?.customCodes))
                .join(' · ')}
            </span>
          )}
          <span className="grow" />
          <button
            type="button"
            className="card-menu-button"
            aria-haspopup="dialog"
            aria-label={t('reportUi.cardMenu', { text: card.text.slice(0, 60) })}
            onPointerDown={(e) => e.stopPropagation()}
            onMouseDown={(e) => e.stopPropagation()}
            onTouchStart={(e) => e.stopPropagation()}
            onKeyDown={(e) => e.stopPropagation()}
            onClick={onMenu}
          >
            ⋯
          </button>
        </div>
      </div>
    </li>
  );
}
