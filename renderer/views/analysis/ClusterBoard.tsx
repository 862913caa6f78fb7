import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TEXT_LIMITS,
  type AnalysisGroup,
  type CardList,
  type CardRecord,
  type CaseState,
} from '@shared/model';
import { rankList, type RankedCard } from '@shared/session';
import { codeLabel } from '@shared/analysis';
import { CodesDialog } from './CodesDialog';
import type { Dispatch } from '@shared/commands';

const CARD_TYPE = 'application/x-levenslijn-card';

/**
 * One list (strengths or improvement points) clustered into main factors: each group is a drop
 * target, each card can be dragged or assigned with its own select (keyboard and touch).
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
  const ungrouped = ranked.filter((r) => !inGroup.has(r.card.id));
  const [name, setName] = useState('');
  return (
    <article className={`card-panel stack cluster-board list-${list}`} data-list={list}>
      <h2>{t(`analysis.mainFactors.${list}`)}</h2>
      {ranked.length === 0 && <p className="muted">{t('analysis.noCards')}</p>}
      {groups.map((g) => {
        const index = (state.analysis?.groups ?? []).indexOf(g);
        return (
          <GroupBox
            key={g.id}
            group={g}
            index={index}
            cards={g.cardIds.map((id) => byId.get(id)).filter((r): r is RankedCard => !!r)}
            state={state}
            groups={groups}
            dispatch={dispatch}
          />
        );
      })}
      <DropZone
        className="cluster-group ungrouped"
        label={t('analysis.ungrouped')}
        onDropCard={(cardId) => void dispatch('analysis.groupCard', { cardId, groupId: null })}
      >
        <h3>{t('analysis.ungrouped')}</h3>
        <CardRows cards={ungrouped} state={state} groups={groups} dispatch={dispatch} />
      </DropZone>
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
    </article>
  );
}

function GroupBox({
  group,
  index,
  cards,
  state,
  groups,
  dispatch,
}: {
  group: AnalysisGroup;
  index: number;
  cards: RankedCard[];
  state: CaseState;
  groups: AnalysisGroup[];
  dispatch: Dispatch;
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
    <DropZone
      className="cluster-group"
      label={group.name}
      groupId={group.id}
      onDropCard={(cardId) => void dispatch('analysis.groupCard', { cardId, groupId: group.id })}
    >
      <header className="row">
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
        <button
          type="button"
          className="danger"
          aria-label={`${t('analysis.deleteGroup')}: ${group.name}`}
          onClick={() => void dispatch('analysis.deleteGroup', { id: group.id })}
        >
          ✕
        </button>
      </header>
      {cards.length === 0 ? (
        <p className="muted">{t('analysis.emptyGroup')}</p>
      ) : (
        <CardRows cards={cards} state={state} groups={groups} dispatch={dispatch} />
      )}
    </DropZone>
  );
}

function DropZone({
  className,
  label,
  groupId,
  onDropCard,
  children,
}: {
  className: string;
  label: string;
  groupId?: string;
  onDropCard: (cardId: string) => void;
  children: React.ReactNode;
}) {
  const [over, setOver] = useState(false);
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(CARD_TYPE);
  return (
    <section
      className={over ? `${className} drop-over` : className}
      aria-label={label}
      data-group-id={groupId ?? ''}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(CARD_TYPE);
        if (id) {
          e.preventDefault();
          onDropCard(id);
        }
      }}
    >
      {children}
    </section>
  );
}

function CardRows({
  cards,
  state,
  groups,
  dispatch,
}: {
  cards: RankedCard[];
  state: CaseState;
  groups: AnalysisGroup[];
  dispatch: Dispatch;
}) {
  return (
    <ul className="cluster-cards">
      {cards.map((r) => (
        <CardRow key={r.card.id} ranked={r} state={state} groups={groups} dispatch={dispatch} />
      ))}
    </ul>
  );
}

function CardRow({
  ranked,
  state,
  groups,
  dispatch,
}: {
  ranked: RankedCard;
  state: CaseState;
  groups: AnalysisGroup[];
  dispatch: Dispatch;
}) {
  const { t, i18n } = useTranslation();
  const [coding, setCoding] = useState(false);
  const card: CardRecord = ranked.card;
  const analysis = state.analysis;
  const groupId = groups.find((g) => g.cardIds.includes(card.id))?.id ?? '';
  const quoted = analysis?.quoteCardIds.includes(card.id) ?? false;
  const codes = analysis?.codes[card.id] ?? [];
  const by = state.participants.find((p) => p.id === card.participantId);
  return (
    <li
      className="cluster-card"
      data-card-id={card.id}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(CARD_TYPE, card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div className="row">
        <span className="grow card-text" dir="auto">
          {card.text}
        </span>
        <span className="votes">
          <strong>{ranked.votes}</strong> <small>{t('session.split', ranked.byPerspective)}</small>
        </span>
      </div>
      {codes.length > 0 && (
        <p className="card-codes" data-testid="card-codes">
          {codes
            .map((id) => codeLabel(id, i18n.language === 'en' ? 'en' : 'nl', analysis?.customCodes))
            .join(' · ')}
        </p>
      )}
      <div className="row wrap card-tools">
        <select
          aria-label={`${t('analysis.groupInto')}: ${card.text.slice(0, 60)}`}
          value={groupId}
          onChange={(e) =>
            void dispatch('analysis.groupCard', { cardId: card.id, groupId: e.target.value || null })
          }
        >
          <option value="">{t('analysis.noGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {t('analysis.groupInto')}: {g.name}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            checked={quoted}
            onChange={(e) =>
              void dispatch('analysis.toggleQuote', { cardId: card.id, quote: e.target.checked })
            }
          />
          {t('analysis.quote')}
        </label>
        {quoted && (
          <label className="field inline">
            <span>{t('analysis.saidBy')}</span>
            <select
              value={card.participantId ?? ''}
              onChange={(e) =>
                void dispatch('card.update', { id: card.id, participantId: e.target.value || null })
              }
            >
              <option value="">{t('analysis.theGroup')}</option>
              {state.participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.pseudonym}
                </option>
              ))}
            </select>
          </label>
        )}
        {!quoted && by && <span className="muted">{by.pseudonym}</span>}
        <button
          type="button"
          onClick={() => setCoding(true)}
          aria-label={`${t('analysis.codes')} (${codes.length}): ${card.text.slice(0, 60)}`}
        >
          {t('analysis.codes')} ({codes.length})
        </button>
        <select
          aria-label={`${t('session.mergeInto')}: ${card.text.slice(0, 60)}`}
          value=""
          onChange={(e) =>
            e.target.value && void dispatch('card.merge', { targetId: e.target.value, sourceIds: [card.id] })
          }
        >
          <option value="">{t('session.mergeInto')}</option>
          {state.cards
            .filter((o) => o.list === card.list && o.id !== card.id)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.text.slice(0, 60)}
              </option>
            ))}
        </select>
      </div>
      {coding && (
        <CodesDialog state={state} card={card} dispatch={dispatch} onClose={() => setCoding(false)} />
      )}
    </li>
  );
}
