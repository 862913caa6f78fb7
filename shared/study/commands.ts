import { z } from 'zod';
import type { ElementRecord, StudyRecord } from '../model';
import { descriptionText, TEXT_LIMITS, titleText } from '../model/text';
import { languageSchema } from '../model/case';
import { factorRefSchema, quoteRefSchema, type FactorRef, type QuoteRef } from '../model/study';
import { mainFactorOf, quoteOf } from '../analysis/reads';
import { definedOnly } from '../commands/helpers';
import { refuse, type CommandContext, type CommandDef, type CommandRefusal } from '../commands/types';
import type { Patch } from '../store/patch';
import { studyCase, type StudyState } from './state';

/**
 * The commands on a study: membership, the overarching elements and the suggestions set aside.
 * Like case commands they are pure (state and arguments in, a patch out), journaled and undoable;
 * they write only the study's own records, never a case.
 */
export type StudyCommandDef<Name extends string = string, Schema extends z.ZodType = z.ZodType> = CommandDef<
  Name,
  Schema,
  StudyState
>;

function studyCommand<const Name extends string, Schema extends z.ZodType>(
  name: Name,
  args: Schema,
  run: (state: StudyState, args: z.output<Schema>, ctx: CommandContext) => Patch | CommandRefusal,
): StudyCommandDef<Name, Schema> {
  return { name, labelKey: `cmd.${name}`, undo: 'undoable', args, run };
}

const putStudy = (state: StudyState, change: Partial<StudyRecord>, now: number): Patch => ({
  put: [{ ...state.study, ...change, updatedAt: now }],
  remove: [],
});

const putElement = (state: StudyState, element: ElementRecord, now: number): Patch => ({
  put: [element, { ...state.study, updatedAt: now }],
  remove: [],
});

function findElement(state: StudyState, id: string): ElementRecord | CommandRefusal {
  const e = state.byId.get(id);
  return e?.type === 'element' ? e : refuse('refusal.notFound');
}

/** A main factor of a member case that exists now. */
function checkFactor(state: StudyState, ref: FactorRef): CommandRefusal | null {
  if (!state.study.caseIds.includes(ref.caseId)) return refuse('refusal.notInStudy');
  const c = studyCase(state, ref.caseId);
  return c && mainFactorOf(c, ref.groupId) ? null : refuse('refusal.notFound');
}

function checkQuote(state: StudyState, ref: QuoteRef): CommandRefusal | null {
  if (!state.study.caseIds.includes(ref.caseId)) return refuse('refusal.notInStudy');
  const c = studyCase(state, ref.caseId);
  return c && quoteOf(c, ref.quoteId) ? null : refuse('refusal.notFound');
}

const sameFactor = (a: FactorRef, b: FactorRef) => a.caseId === b.caseId && a.groupId === b.groupId;
const sameQuote = (a: QuoteRef, b: QuoteRef) => a.caseId === b.caseId && a.quoteId === b.quoteId;

export const studyUpdate = studyCommand(
  'study.update',
  z.object({
    name: titleText.optional(),
    description: descriptionText.optional(),
    language: languageSchema.optional(),
  }),
  (state, args, ctx) => putStudy(state, definedOnly(args), ctx.now),
);

export const studyAddCase = studyCommand(
  'study.addCase',
  z.object({ caseId: z.string().startsWith('case_') }),
  (state, { caseId }, ctx) => {
    if (state.study.caseIds.includes(caseId)) return { put: [], remove: [] };
    if (state.study.caseIds.length >= 100) return refuse('refusal.studyFull');
    if (!state.libraryCaseIds.has(caseId)) return refuse('refusal.notFound');
    return putStudy(state, { caseIds: [...state.study.caseIds, caseId] }, ctx.now);
  },
);

/** Takes a case out of the study; what the elements said about it goes with it (undo brings it back). */
export const studyRemoveCase = studyCommand(
  'study.removeCase',
  z.object({ caseId: z.string() }),
  (state, { caseId }, ctx) => {
    if (!state.study.caseIds.includes(caseId)) return refuse('refusal.notFound');
    const touched = state.elements
      .filter((e) => e.support.some((s) => s.caseId === caseId) || e.quotes.some((q) => q.caseId === caseId))
      .map((e) => ({
        ...e,
        support: e.support.filter((s) => s.caseId !== caseId),
        quotes: e.quotes.filter((q) => q.caseId !== caseId),
      }));
    return {
      put: [
        ...touched,
        { ...state.study, caseIds: state.study.caseIds.filter((id) => id !== caseId), updatedAt: ctx.now },
      ],
      remove: [],
    };
  },
);

export const studyMoveCase = studyCommand(
  'study.moveCase',
  z.object({ caseId: z.string(), toIndex: z.number().int() }),
  (state, { caseId, toIndex }, ctx) => {
    if (!state.study.caseIds.includes(caseId)) return refuse('refusal.notFound');
    const rest = state.study.caseIds.filter((id) => id !== caseId);
    rest.splice(Math.max(0, Math.min(rest.length, toIndex)), 0, caseId);
    return putStudy(state, { caseIds: rest }, ctx.now);
  },
);

/** Sets a suggestion aside (or brings it back); the researchers decide, the app only proposes. */
export const studyDismissSuggestion = studyCommand(
  'study.dismissSuggestion',
  z.object({ key: z.string().min(1).max(2000), dismissed: z.boolean() }),
  (state, { key, dismissed }, ctx) => {
    const has = state.study.dismissed.includes(key);
    if (has === dismissed) return { put: [], remove: [] };
    return putStudy(
      state,
      {
        dismissed: dismissed
          ? [...state.study.dismissed, key].slice(-1000)
          : state.study.dismissed.filter((k) => k !== key),
      },
      ctx.now,
    );
  },
);

export const elementAdd = studyCommand(
  'element.add',
  z.object({
    id: z.string().startsWith('element_').max(64).optional(),
    name: z.string().trim().min(1).max(TEXT_LIMITS.title),
    description: descriptionText.optional(),
    support: z.array(factorRefSchema).max(300).optional(),
    quotes: z.array(quoteRefSchema).max(300).optional(),
  }),
  (state, args, ctx) => {
    if (state.elements.length >= 200) return refuse('refusal.tooMany');
    const support = dedupe(args.support ?? [], sameFactor);
    for (const ref of support) {
      const problem = checkFactor(state, ref);
      if (problem) return problem;
    }
    const quotes = dedupe(args.quotes ?? [], sameQuote);
    for (const ref of quotes) {
      const problem = checkQuote(state, ref);
      if (problem) return problem;
    }
    const element: ElementRecord = {
      type: 'element',
      id: args.id ?? ctx.newId('element'),
      caseId: state.study.id,
      name: args.name,
      description: args.description ?? '',
      support,
      quotes,
      order: state.elements.reduce((m, e) => Math.max(m, e.order), -1) + 1,
    };
    if (state.byId.has(element.id)) return refuse('refusal.duplicateId');
    return putElement(state, element, ctx.now);
  },
);

export const elementUpdate = studyCommand(
  'element.update',
  z.object({
    id: z.string(),
    name: z.string().trim().min(1).max(TEXT_LIMITS.title).optional(),
    description: descriptionText.optional(),
  }),
  (state, { id, ...change }, ctx) => {
    const e = findElement(state, id);
    if ('refused' in e) return e;
    return putElement(state, { ...e, ...definedOnly(change) }, ctx.now);
  },
);

export const elementDelete = studyCommand(
  'element.delete',
  z.object({ id: z.string() }),
  (state, { id }, ctx) => {
    const e = findElement(state, id);
    if ('refused' in e) return e;
    return { put: [{ ...state.study, updatedAt: ctx.now }], remove: [e.id] };
  },
);

export const elementMove = studyCommand(
  'element.move',
  z.object({ id: z.string(), toIndex: z.number().int() }),
  (state, { id, toIndex }, ctx) => {
    const e = findElement(state, id);
    if ('refused' in e) return e;
    const rest = state.elements.filter((x) => x.id !== id);
    rest.splice(Math.max(0, Math.min(rest.length, toIndex)), 0, e);
    const changed = rest.map((x, order) => ({ ...x, order })).filter((x, i) => x.order !== rest[i]!.order);
    return { put: [...changed, { ...state.study, updatedAt: ctx.now }], remove: [] };
  },
);

/** Adds or removes a main factor of a case as support of an element. */
export const elementSetSupport = studyCommand(
  'element.setSupport',
  z.object({ id: z.string(), factor: factorRefSchema, supports: z.boolean() }),
  (state, { id, factor, supports }, ctx) => {
    const e = findElement(state, id);
    if ('refused' in e) return e;
    const has = e.support.some((s) => sameFactor(s, factor));
    if (has === supports) return { put: [], remove: [] };
    if (supports) {
      const problem = checkFactor(state, factor);
      if (problem) return problem;
    }
    const support = supports ? [...e.support, factor] : e.support.filter((s) => !sameFactor(s, factor));
    return putElement(state, { ...e, support }, ctx.now);
  },
);

/** Adds or removes a quote of a case as evidence of an element. */
export const elementSetQuote = studyCommand(
  'element.setQuote',
  z.object({ id: z.string(), quote: quoteRefSchema, included: z.boolean() }),
  (state, { id, quote, included }, ctx) => {
    const e = findElement(state, id);
    if ('refused' in e) return e;
    const has = e.quotes.some((q) => sameQuote(q, quote));
    if (has === included) return { put: [], remove: [] };
    if (included) {
      const problem = checkQuote(state, quote);
      if (problem) return problem;
    }
    const quotes = included ? [...e.quotes, quote] : e.quotes.filter((q) => !sameQuote(q, quote));
    return putElement(state, { ...e, quotes }, ctx.now);
  },
);

function dedupe<T>(list: readonly T[], same: (a: T, b: T) => boolean): T[] {
  const out: T[] = [];
  for (const x of list) if (!out.some((y) => same(x, y))) out.push(x);
  return out;
}
