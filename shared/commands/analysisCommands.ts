import { z } from 'zod';
import { listSchema, type AnalysisRecord, type CaseState } from '../model';
import { TEXT_LIMITS } from '../model/text';
import { defineCommand, refuse, type CommandContext, type CommandRefusal } from './types';
import type { Patch } from '../store/patch';

function analysisOf(state: CaseState): AnalysisRecord {
  return (
    state.analysis ?? {
      type: 'analysis',
      id: `analysis_${state.case.id.slice('case_'.length)}`,
      caseId: state.case.id,
      successStatement: '',
      groups: [],
      recommendations: [],
      quoteCardIds: [],
      codes: {},
      followUpNotes: '',
      facilitators: '',
      paper: 'A4',
      showOnWall: false,
      customCodes: [],
    }
  );
}

const put = (a: AnalysisRecord): Patch => ({ put: [a], remove: [] });
const cardExists = (state: CaseState, id: string) => state.byId.get(id)?.type === 'card';

/** Analysis edits share one shape: read the analysis (or a fresh one), change it, write it. */
function analysisCommand<const Name extends string, Schema extends z.ZodType>(
  name: Name,
  args: Schema,
  change: (
    a: AnalysisRecord,
    args: z.output<Schema>,
    state: CaseState,
    ctx: CommandContext,
  ) => AnalysisRecord | CommandRefusal,
) {
  return defineCommand({
    name,
    labelKey: `cmd.${name}`,
    undo: 'undoable',
    args,
    run(state, parsed, ctx) {
      const next = change(analysisOf(state), parsed, state, ctx);
      return 'refused' in next ? next : put(next);
    },
  });
}

export const analysisSetSuccess = analysisCommand(
  'analysis.setSuccess',
  z.object({ text: z.string().max(TEXT_LIMITS.description) }),
  (a, { text }) => ({ ...a, successStatement: text }),
);

export const analysisAddGroup = analysisCommand(
  'analysis.addGroup',
  z.object({
    id: z.string().startsWith('group_').max(64).optional(),
    list: listSchema,
    name: z.string().trim().min(1).max(TEXT_LIMITS.title),
  }),
  (a, { id, list, name }, _s, ctx) => ({
    ...a,
    groups: [...a.groups, { id: id ?? ctx.newId('group'), list, name, cardIds: [] }],
  }),
);

export const analysisRenameGroup = analysisCommand(
  'analysis.renameGroup',
  z.object({ id: z.string(), name: z.string().trim().min(1).max(TEXT_LIMITS.title) }),
  (a, { id, name }) =>
    a.groups.some((g) => g.id === id)
      ? { ...a, groups: a.groups.map((g) => (g.id === id ? { ...g, name } : g)) }
      : refuse('refusal.notFound'),
);

/** Removes a group; its cards become ungrouped (nothing else changes). */
export const analysisDeleteGroup = analysisCommand(
  'analysis.deleteGroup',
  z.object({ id: z.string() }),
  (a, { id }) => ({ ...a, groups: a.groups.filter((g) => g.id !== id) }),
);

/** Moves a group in the findings-tree order (main factors first). */
export const analysisMoveGroup = analysisCommand(
  'analysis.moveGroup',
  z.object({ id: z.string(), toIndex: z.number().int() }),
  (a, { id, toIndex }) => {
    const g = a.groups.find((x) => x.id === id);
    if (!g) return refuse('refusal.notFound');
    const rest = a.groups.filter((x) => x.id !== id);
    rest.splice(Math.max(0, Math.min(rest.length, toIndex)), 0, g);
    return { ...a, groups: rest };
  },
);

/** Puts a card into a group of its own list (or takes it out with groupId null). */
export const analysisGroupCard = analysisCommand(
  'analysis.groupCard',
  z.object({ cardId: z.string(), groupId: z.string().nullable() }),
  (a, { cardId, groupId }, state) => {
    const card = state.byId.get(cardId);
    if (!card || card.type !== 'card') return refuse('refusal.notFound');
    const target = groupId === null ? null : a.groups.find((g) => g.id === groupId);
    if (groupId !== null && !target) return refuse('refusal.notFound');
    if (target && target.list !== card.list) return refuse('refusal.mergeAcrossLists');
    return {
      ...a,
      groups: a.groups.map((g) => {
        const without = g.cardIds.filter((id) => id !== cardId);
        return g.id === groupId ? { ...g, cardIds: [...without, cardId] } : { ...g, cardIds: without };
      }),
    };
  },
);

export const analysisSetRecommendations = analysisCommand(
  'analysis.setRecommendations',
  z.object({ items: z.array(z.string().trim().min(1).max(TEXT_LIMITS.description)).max(100) }),
  (a, { items }) => ({ ...a, recommendations: items }),
);

export const analysisToggleQuote = analysisCommand(
  'analysis.toggleQuote',
  z.object({ cardId: z.string(), quote: z.boolean() }),
  (a, { cardId, quote }, state) =>
    cardExists(state, cardId)
      ? {
          ...a,
          quoteCardIds: quote
            ? [...new Set([...a.quoteCardIds, cardId])]
            : a.quoteCardIds.filter((id) => id !== cardId),
        }
      : refuse('refusal.notFound'),
);

export const analysisSetCodes = analysisCommand(
  'analysis.setCodes',
  z.object({ cardId: z.string(), codes: z.array(z.string().max(80)).max(30) }),
  (a, { cardId, codes }, state) => {
    if (!cardExists(state, cardId)) return refuse('refusal.notFound');
    const next = { ...a.codes };
    if (codes.length) next[cardId] = [...new Set(codes)];
    else delete next[cardId];
    return { ...a, codes: next };
  },
);

/** An own code with a fresh id made from its label (`custom.warme-overdracht`, `…-2` when taken). */
function withOwnCode(a: AnalysisRecord, label: string): AnalysisRecord {
  const slug =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'code';
  let id = `custom.${slug}`;
  for (let n = 2; a.customCodes.some((c) => c.id === id); n++) id = `custom.${slug}-${n}`;
  return { ...a, customCodes: [...a.customCodes, { id, nl: label, en: label }] };
}

export const analysisAddCode = analysisCommand(
  'analysis.addCode',
  z.object({ label: z.string().trim().min(1).max(80) }),
  (a, { label }) => withOwnCode(a, label),
);

/** Codes of another program's codebook (.qdc) become own codes; labels already there are skipped. */
export const analysisImportCodes = analysisCommand(
  'analysis.importCodes',
  z.object({ labels: z.array(z.string().trim().min(1).max(80)).min(1).max(200) }),
  (a, { labels }) => {
    const known = new Set(a.customCodes.map((c) => c.nl.toLocaleLowerCase('nl')));
    let next = a;
    for (const label of labels) {
      if (known.has(label.toLocaleLowerCase('nl'))) continue;
      known.add(label.toLocaleLowerCase('nl'));
      next = withOwnCode(next, label);
    }
    return next.customCodes.length > 200 ? refuse('refusal.tooMany') : next;
  },
);

export const analysisSetFollowUp = analysisCommand(
  'analysis.setFollowUp',
  z.object({ text: z.string().max(TEXT_LIMITS.description) }),
  (a, { text }) => ({ ...a, followUpNotes: text }),
);

export const analysisShowOnWall = analysisCommand(
  'analysis.showOnWall',
  z.object({ show: z.boolean() }),
  (a, { show }) => ({ ...a, showOnWall: show }),
);

/** Report options: who wrote it (cover and PDF author) and the paper size. */
export const analysisSetReport = analysisCommand(
  'analysis.setReport',
  z.object({
    facilitators: z.string().trim().max(TEXT_LIMITS.title).optional(),
    paper: z.enum(['A4', 'A3']).optional(),
  }),
  (a, { facilitators, paper }) => ({
    ...a,
    ...(facilitators !== undefined ? { facilitators } : {}),
    ...(paper ? { paper } : {}),
  }),
);

/** The case report was saved as PDF now (for the study view); not an edit, so not undoable. */
export const analysisMarkReported = defineCommand({
  name: 'analysis.markReported',
  labelKey: 'cmd.analysis.markReported',
  undo: 'never',
  args: z.object({}),
  run: (state, _args, ctx) => put({ ...analysisOf(state), reportedAt: ctx.now }),
});
