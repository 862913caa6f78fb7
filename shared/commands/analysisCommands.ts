import { z } from 'zod';
import {
  audienceSchema,
  DEFAULT_REPORT_SETTINGS,
  isoDateSchema,
  listSchema,
  reportSectionIdSchema,
  type AnalysisRecord,
  type CaseState,
  type QuoteRecord,
} from '../model';
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
      codes: {},
      followUpNotes: '',
      facilitators: '',
      paper: 'A4',
      showOnWall: false,
      customCodes: [],
      report: DEFAULT_REPORT_SETTINGS,
    }
  );
}

const put = (a: AnalysisRecord): Patch => ({ put: [a], remove: [] });
const cardExists = (state: CaseState, id: string) => state.byId.get(id)?.type === 'card';
const groupText = z.string().max(TEXT_LIMITS.description);

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
    groups: [...a.groups, { id: id ?? ctx.newId('group'), list, name, description: '', cardIds: [] }],
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

/** Removes a group; its cards stay on their list, quotes no longer point at it. */
export const analysisDeleteGroup = defineCommand({
  name: 'analysis.deleteGroup',
  labelKey: 'cmd.analysis.deleteGroup',
  undo: 'undoable',
  args: z.object({ id: z.string() }),
  run(state, { id }) {
    const a = analysisOf(state);
    const quotes: QuoteRecord[] = state.quotes
      .filter((q) => q.groupIds.includes(id))
      .map((q) => ({ ...q, groupIds: q.groupIds.filter((g) => g !== id) }));
    return { put: [{ ...a, groups: a.groups.filter((g) => g.id !== id) }, ...quotes], remove: [] };
  },
});

/** The explanatory paragraph of a main factor, printed in the report under its name. */
export const analysisDescribeGroup = analysisCommand(
  'analysis.describeGroup',
  z.object({ id: z.string(), description: groupText }),
  (a, { id, description }) =>
    a.groups.some((g) => g.id === id)
      ? { ...a, groups: a.groups.map((g) => (g.id === id ? { ...g, description } : g)) }
      : refuse('refusal.notFound'),
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

/**
 * Puts a card under a main factor of its own list, the way a drag does: dragged out of a group
 * (`fromGroupId`) it leaves that group only; dragged from the ungrouped cards it is added (a card
 * may support several main factors). `groupId` null takes it out of `fromGroupId`, or out of
 * every group when that is not given.
 */
export const analysisGroupCard = analysisCommand(
  'analysis.groupCard',
  z.object({
    cardId: z.string(),
    groupId: z.string().nullable(),
    fromGroupId: z.string().nullable().default(null),
  }),
  (a, { cardId, groupId, fromGroupId }, state) => {
    const card = state.byId.get(cardId);
    if (!card || card.type !== 'card') return refuse('refusal.notFound');
    const target = groupId === null ? null : a.groups.find((g) => g.id === groupId);
    if (groupId !== null && !target) return refuse('refusal.notFound');
    if (target && target.list !== card.list) return refuse('refusal.mergeAcrossLists');
    return {
      ...a,
      groups: a.groups.map((g) => {
        const without = g.cardIds.filter((id) => id !== cardId);
        if (g.id === groupId) return g.cardIds.includes(cardId) ? g : { ...g, cardIds: [...without, cardId] };
        const leaves = fromGroupId === null ? groupId === null : g.id === fromGroupId;
        return leaves ? { ...g, cardIds: without } : g;
      }),
    };
  },
);

/** Adds a card to, or takes it out of, one main factor (the card's menu and the keyboard). */
export const analysisToggleCardGroup = analysisCommand(
  'analysis.toggleCardGroup',
  z.object({ cardId: z.string(), groupId: z.string(), on: z.boolean() }),
  (a, { cardId, groupId, on }, state) => {
    const card = state.byId.get(cardId);
    const target = a.groups.find((g) => g.id === groupId);
    if (!card || card.type !== 'card' || !target) return refuse('refusal.notFound');
    if (target.list !== card.list) return refuse('refusal.mergeAcrossLists');
    return {
      ...a,
      groups: a.groups.map((g) => {
        if (g.id !== groupId) return g;
        const without = g.cardIds.filter((id) => id !== cardId);
        return { ...g, cardIds: on ? [...without, cardId] : without };
      }),
    };
  },
);

/** The recommendations and messages for one audience, in order (the others stay). */
export const analysisSetRecommendations = analysisCommand(
  'analysis.setRecommendations',
  z.object({
    audience: audienceSchema,
    items: z.array(z.string().trim().min(1).max(TEXT_LIMITS.description)).max(100),
  }),
  (a, { audience, items }) => {
    const others = a.recommendations.filter((r) => r.audience !== audience);
    return { ...a, recommendations: [...others, ...items.map((text) => ({ audience, text }))] };
  },
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

/**
 * Report options: who wrote it (cover and PDF author), the paper size, and the session's day,
 * place and the research period for the title page and the method.
 */
export const analysisSetReport = analysisCommand(
  'analysis.setReport',
  z.object({
    facilitators: z.string().trim().max(TEXT_LIMITS.title).optional(),
    paper: z.enum(['A4', 'A3']).optional(),
    sessionDate: isoDateSchema.nullable().optional(),
    sessionPlace: z.string().trim().max(TEXT_LIMITS.title).optional(),
    period: z.string().trim().max(TEXT_LIMITS.title).optional(),
  }),
  (a, { facilitators, paper, sessionDate, sessionPlace, period }) => ({
    ...a,
    ...(facilitators !== undefined ? { facilitators } : {}),
    ...(paper ? { paper } : {}),
    report: {
      ...a.report,
      ...(sessionDate !== undefined ? { sessionDate } : {}),
      ...(sessionPlace !== undefined ? { sessionPlace } : {}),
      ...(period !== undefined ? { period } : {}),
    },
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

/**
 * A report section switched on or off, or its text rewritten by the researchers (`text` null:
 * back to the text generated from the case).
 */
export const reportSetSection = analysisCommand(
  'report.setSection',
  z.object({
    section: reportSectionIdSchema,
    on: z.boolean().optional(),
    text: z.string().max(TEXT_LIMITS.sectionText).nullable().optional(),
  }),
  (a, { section, on, text }) => {
    const current = a.report.sections[section] ?? { on: true, text: null };
    const next = { on: on ?? current.on, text: text === undefined ? current.text : text };
    const sections = { ...a.report.sections };
    if (next.on && next.text === null) delete sections[section];
    else sections[section] = next;
    return { ...a, report: { ...a.report, sections } };
  },
);

// ── quotes ────────────────────────────────────────────────────────────────────

const quoteText = z.string().trim().min(1).max(TEXT_LIMITS.description);

/** Every reference of a quote must exist: a participant, a card, a marker, main factors. */
function checkQuoteRefs(
  state: CaseState,
  refs: {
    participantId?: string | null;
    cardId?: string | null;
    markerId?: string | null;
    groupIds?: string[];
  },
): CommandRefusal | null {
  const is = (id: string | null | undefined, type: string) => !id || state.byId.get(id)?.type === type;
  if (!is(refs.participantId, 'participant') || !is(refs.cardId, 'card') || !is(refs.markerId, 'marker'))
    return refuse('refusal.notFound');
  const groups = new Set((state.analysis?.groups ?? []).map((g) => g.id));
  if ((refs.groupIds ?? []).some((g) => !groups.has(g))) return refuse('refusal.notFound');
  return null;
}

export const quoteAdd = defineCommand({
  name: 'quote.add',
  labelKey: 'cmd.quote.add',
  undo: 'undoable',
  args: z.object({
    id: z.string().startsWith('quote_').max(64).optional(),
    text: quoteText,
    participantId: z.string().nullable().default(null),
    cardId: z.string().nullable().default(null),
    markerId: z.string().nullable().default(null),
    groupIds: z.array(z.string()).max(50).default([]),
  }),
  run(state, args, ctx) {
    const bad = checkQuoteRefs(state, args);
    if (bad) return bad;
    const id = args.id ?? ctx.newId('quote');
    if (state.byId.has(id)) return refuse('refusal.duplicateId');
    const quote: QuoteRecord = {
      type: 'quote',
      id,
      caseId: state.case.id,
      text: args.text,
      participantId: args.participantId,
      cardId: args.cardId,
      markerId: args.markerId,
      groupIds: [...new Set(args.groupIds)],
      createdAt: ctx.now,
    };
    return { put: [quote], remove: [] };
  },
});

export const quoteUpdate = defineCommand({
  name: 'quote.update',
  labelKey: 'cmd.quote.update',
  undo: 'undoable',
  args: z.object({
    id: z.string(),
    text: quoteText.optional(),
    participantId: z.string().nullable().optional(),
    cardId: z.string().nullable().optional(),
    markerId: z.string().nullable().optional(),
    groupIds: z.array(z.string()).max(50).optional(),
  }),
  run(state, args) {
    const found = state.byId.get(args.id);
    if (!found || found.type !== 'quote') return refuse('refusal.notFound');
    const bad = checkQuoteRefs(state, args);
    if (bad) return bad;
    const { id: _id, ...changes } = args;
    const next: QuoteRecord = {
      ...found,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    return { put: [{ ...next, groupIds: [...new Set(next.groupIds)] }], remove: [] };
  },
});

export const quoteDelete = defineCommand({
  name: 'quote.delete',
  labelKey: 'cmd.quote.delete',
  undo: 'undoable',
  args: z.object({ id: z.string() }),
  run(state, args) {
    const found = state.byId.get(args.id);
    if (!found || found.type !== 'quote') return refuse('refusal.notFound');
    return { put: [], remove: [found.id] };
  },
});
