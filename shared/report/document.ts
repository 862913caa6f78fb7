import type {
  CardList,
  CardRecord,
  CaseState,
  ItemRecord,
  Language,
  ParticipantRecord,
  ReportSectionId,
} from '../model';
import { AUDIENCES, REPORT_SECTION_IDS } from '../model/analysis';
import { perspectiveOf, type Perspective } from '../model/participant';
import { rankList, type RankedCard } from '../session/rules';
import { compareFuzzy, formatFuzzyDate, fuzzySpan } from '../time/fuzzy';
import { formatPointSpan } from '../time/pointDates';
import { dayToYmd, isoToDay } from '../time/day';
import { draftFindingsTree, type FindingsTree } from '../analysis/tree';
import { codeLabel } from '../analysis/codebooks';
import { translatedList, translator, type Translate } from '../i18n/translate';
import { changeTrailRows } from '../trail/table';
import { displayRoleOf, quoted } from './people';
import { findingsTreeSvg, type TreeDrawing } from './treeSvg';
import { lifelinePrint, type LifelinePrintPage } from './lifelinePrint';
import { lifelinePageSvg } from './lifelineSvg';

/**
 * The case-study report as a document: sections of blocks in the case's language, pure data.
 * The printed report (React, then PDF), the Word document and later the cross-case report all
 * render this one model, so they say the same things. Shaped like the published case-study
 * reports (METHOD.md, "What a research report holds").
 */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'muted' | 'lead' }
  | { readonly kind: 'bullets'; readonly items: readonly string[]; readonly ordered?: boolean }
  | {
      readonly kind: 'table';
      readonly name:
        | 'participants'
        | 'help'
        | 'helpLanes'
        | 'items'
        | 'corrections'
        | 'cards'
        | 'ranking'
        // the cross-case report's (shared/crosscase/document.ts); "\n" separates lines in a cell
        | 'matrix'
        | 'evidence';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Relative column widths. */
      readonly widths: readonly number[];
    }
  | { readonly kind: 'quote'; readonly text: string; readonly by: string }
  | {
      readonly kind: 'tree';
      readonly list: CardList;
      readonly drawing: TreeDrawing;
      readonly caption: string;
    }
  | {
      readonly kind: 'ranking';
      readonly list: CardList;
      readonly title: string;
      readonly header: readonly string[];
      /** Shown beside a shared rank. */
      readonly tieLabel: string;
      readonly rows: readonly RankRow[];
    }
  | {
      readonly kind: 'lifeline';
      /** The overview page first, then the tiled pages (shared/report/lifelinePrint). */
      readonly pages: readonly LifelinePageDrawing[];
    };

/** One lifeline page of the report: its heading, a note under it, and the drawing (pt). */
export interface LifelinePageDrawing extends Pick<
  LifelinePrintPage,
  'kind' | 'overlap' | 'width' | 'height' | 'titled' | 'counted'
> {
  readonly caption: string;
  /** What the page leaves to the others ("12 of 40 moments titled here; …"), or ''. */
  readonly note: string;
  readonly svg: string;
}

export interface RankRow {
  readonly rank: number;
  readonly tied: boolean;
  readonly text: string;
  readonly votes: number;
  readonly family: number;
  readonly professional: number;
}

export interface ReportSection {
  readonly id: ReportSectionId;
  readonly title: string;
  /** False: switched off by the researchers (kept in the model so the app can switch it back on). */
  readonly on: boolean;
  /** The text generated from the case (light markup: blank line, "## ", "- "). */
  readonly generatedText: string;
  /** The researchers' own text, or null. */
  readonly ownText: string | null;
  /** Blocks from the text (own or generated) followed by the blocks built from data. */
  readonly blocks: readonly Block[];
  /** Starts on a new page in print. */
  readonly newPage: boolean;
}

/**
 * What a printable document is made of, for the Word writer (shared/export/docx.ts): the case
 * report and the cross-case report are both this shape.
 */
export interface PrintDocument {
  readonly language: Language;
  readonly paper: 'A4' | 'A3';
  readonly title: string;
  readonly titlePage: {
    readonly kicker: string;
    readonly subtitle: string;
    readonly lines: readonly string[];
  };
  /** Metadata for PDF/DOCX properties. */
  readonly author: string;
  readonly sections: readonly {
    readonly title: string;
    readonly on: boolean;
    readonly newPage: boolean;
    /** On a landscape page of its own (default portrait). */
    readonly landscape?: boolean;
    readonly blocks: readonly Block[];
  }[];
}

export interface ReportDocument extends PrintDocument {
  readonly sections: readonly ReportSection[];
}

/** Light markup of section texts → blocks: blank line = paragraph, "## " = subheading, "- " = bullet. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    let para: string[] = [];
    let bullets: string[] = [];
    const flush = () => {
      if (para.length) blocks.push({ kind: 'paragraph', text: para.join(' ') });
      if (bullets.length) blocks.push({ kind: 'bullets', items: bullets });
      para = [];
      bullets = [];
    };
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith('## ')) {
        flush();
        blocks.push({ kind: 'heading', text: line.slice(3).trim() });
      } else if (/^[-•*] /.test(line)) {
        if (para.length) flush();
        bullets.push(line.slice(2).trim());
      } else {
        if (bullets.length) flush();
        para.push(line);
      }
    }
    flush();
  }
  return blocks;
}

interface Ctx {
  readonly state: CaseState;
  readonly lang: Language;
  readonly t: Translate;
  readonly people: ReadonlyMap<string, ParticipantRecord>;
  readonly tree: FindingsTree;
  readonly ranked: Readonly<Record<CardList, readonly RankedCard[]>>;
  readonly votes: ReadonlyMap<string, RankedCard>;
  readonly sessionDay: number | null;
}

export function buildReportDocument(state: CaseState, now: number): ReportDocument {
  const lang = state.case.language;
  const t = translator(lang);
  const ranked = { strengths: rankList(state, 'strengths'), improvements: rankList(state, 'improvements') };
  const ctx: Ctx = {
    state,
    lang,
    t,
    people: new Map(state.participants.map((p) => [p.id, p])),
    tree: draftFindingsTree(state),
    ranked,
    votes: new Map([...ranked.strengths, ...ranked.improvements].map((r) => [r.card.id, r])),
    sessionDay: sessionDayOf(state),
  };
  const a = state.analysis;
  const settings = a?.report.sections ?? {};
  const build: Record<ReportSectionId, () => { text: string; blocks: Block[]; newPage?: boolean }> = {
    summary: () => ({ text: summaryText(ctx), blocks: [], newPage: true }),
    reason: () => ({ text: t('doc.reasonText'), blocks: [] }),
    method: () => methodSection(ctx),
    consent: () => ({ text: t('doc.consentText'), blocks: [] }),
    story: () => ({ text: storyText(ctx), blocks: [], newPage: true }),
    help: () => helpSection(ctx),
    results: () => resultsSection(ctx),
    perspectives: () => perspectivesSection(ctx),
    ranking: () => rankingSection(ctx),
    recommendations: () => recommendationsSection(ctx),
    reflection: () => ({ text: a?.followUpNotes.trim() || t('doc.noReflection'), blocks: [] }),
    limitations: () => ({ text: t('doc.limitationsText'), blocks: [] }),
    appendixLifeline: () => ({ text: t('doc.lifelineIntro'), blocks: lifelineAppendix(ctx), newPage: true }),
    appendixMarkers: () => ({ text: '', blocks: markersAppendix(ctx), newPage: true }),
    appendixCorrections: () => ({ text: '', blocks: correctionsAppendix(ctx), newPage: true }),
    appendixCards: () => ({ text: '', blocks: cardsAppendix(ctx), newPage: true }),
  };
  const sections = REPORT_SECTION_IDS.map((id): ReportSection => {
    const made = build[id]();
    const own = settings[id]?.text ?? null;
    return {
      id,
      title: t(`doc.sections.${id}`),
      on: settings[id]?.on ?? true,
      generatedText: made.text,
      ownText: own,
      blocks: [...textBlocks(own ?? made.text), ...made.blocks],
      newPage: made.newPage ?? false,
    };
  });
  const place = a?.report.sessionPlace.trim() ?? '';
  const lines: string[] = [];
  if (ctx.sessionDay !== null) {
    const date = dayText(ctx.sessionDay, lang);
    lines.push(place ? t('doc.sessionAt', { date, place }) : t('doc.sessionOn', { date }));
  }
  const facilitators = a?.facilitators.trim() ?? '';
  if (facilitators) lines.push(t('doc.researchers', { names: facilitators }));
  if (state.participants.length)
    lines.push(
      t('doc.participantsLine', {
        count: state.participants.length,
        roles: state.participants.map((p) => displayRoleOf(p, lang)).join(', '),
      }),
    );
  lines.push(t('doc.made', { date: dayText(Math.floor(now / 86_400_000), lang) }));
  return {
    language: lang,
    paper: a?.paper ?? 'A4',
    title: state.case.title,
    titlePage: { kicker: t('doc.kicker'), subtitle: t('doc.subtitle'), lines },
    author: facilitators || 'Levenslijn',
    sections,
  };
}

// ── helpers ───────────────────────────────────────────────────────────────────

/** A day as the report prints it: "12 juni 2025" (never ISO). */
export function dayText(day: number, lang: Language): string {
  const { year, month, day: d } = dayToYmd(day);
  return formatFuzzyDate({ precision: 'day', year, month, day: d }, lang);
}

/** The day of the group interview: set by the researchers, else the first marker's day. */
export function sessionDayOf(state: CaseState): number | null {
  const set = state.analysis?.report.sessionDate;
  if (set) return isoToDay(set);
  const first = Math.min(
    ...state.markers.map((m) => m.createdAt),
    ...state.cards.map((c) => c.createdAt),
    ...state.stickers.map((s) => s.createdAt),
  );
  return Number.isFinite(first) ? Math.floor(first / 86_400_000) : null;
}

function whoSaid(ctx: Ctx, participantId: string | null): string {
  const p = participantId ? ctx.people.get(participantId) : undefined;
  return p ? displayRoleOf(p, ctx.lang) : ctx.t('doc.theGroup');
}

function itemWhen(item: ItemRecord, ctx: Ctx): string {
  const from = formatFuzzyDate(item.start, ctx.lang);
  if (item.shape !== 'period') return from;
  const to = item.end ? formatFuzzyDate(item.end, ctx.lang) : ctx.t('doc.ongoing');
  return ctx.t('doc.period', { from, to });
}

const sentence = (s: string) => (/[.!?…:;]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

function listText(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'nl' ? 'en' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const mainNames = (ctx: Ctx, list: CardList) => ctx.tree[list].branches.map((b) => b.name);

// ── sections ──────────────────────────────────────────────────────────────────

function summaryText(ctx: Ctx): string {
  const { t, state, lang } = ctx;
  const parts: string[] = [];
  const success = state.analysis?.successStatement.trim();
  parts.push(success ? t('doc.summarySuccess', { text: success }) : t('doc.summaryNoSuccess'));
  const factors = mainNames(ctx, 'strengths');
  if (factors.length)
    parts.push(t('doc.summaryFactors', { count: factors.length, list: listText(factors, lang) }));
  const improvements = mainNames(ctx, 'improvements');
  if (improvements.length)
    parts.push(
      t('doc.summaryImprovements', { count: improvements.length, list: listText(improvements, lang) }),
    );
  const family = state.participants.filter((p) => perspectiveOf(p.role) === 'family').length;
  const professional = state.participants.length - family;
  if (state.participants.length)
    parts.push(
      t('doc.summaryWho', {
        count: state.participants.length,
        family: t('doc.fromFamily', { count: family }),
        professional: t('doc.professionals', { count: professional }),
      }),
    );
  return parts.join('\n\n');
}

function methodSection(ctx: Ctx) {
  const { t, state, lang } = ctx;
  const a = state.analysis;
  const paras: string[] = [];
  const period = a?.report.period.trim() || derivedPeriod(ctx);
  if (period) paras.push(t('doc.methodPeriod', { period }));
  paras.push(t('doc.methodSteps', { metres: state.case.axis.lengthMetres }));
  const place = a?.report.sessionPlace.trim();
  if (ctx.sessionDay !== null) {
    const date = dayText(ctx.sessionDay, lang);
    paras.push(place ? t('doc.methodSessionAt', { date, place }) : t('doc.methodSession', { date }));
  } else paras.push(t('doc.methodSessionUnknown'));
  const count = (list: CardList) => state.cards.filter((c) => c.list === list).length;
  paras.push(
    t('doc.methodCourse', {
      changes: t('doc.changes', { count: state.changes.length }),
      good: t('doc.markers', { count: state.markers.filter((m) => m.valence === 'good').length }),
      bad: t('doc.markers', { count: state.markers.filter((m) => m.valence === 'bad').length }),
      strengths: t('doc.strengthCards', { count: count('strengths') }),
      improvements: t('doc.improvementCards', { count: count('improvements') }),
      stickers: t('doc.stickers', { count: state.stickers.length }),
    }),
  );
  const blocks: Block[] = [];
  if (state.participants.length) {
    blocks.push({ kind: 'paragraph', text: t('doc.participantsIntro') });
    blocks.push({
      kind: 'table',
      name: 'participants',
      header: translatedList(lang, 'doc.participantsHeader'),
      rows: state.participants.map((p) => [displayRoleOf(p, lang), p.pseudonym, p.function, p.organisation]),
      widths: [2, 2, 2.2, 2.8],
    });
  }
  return { text: paras.join('\n\n'), blocks, newPage: true };
}

/** From the month the case was made to the month of the session. */
function derivedPeriod(ctx: Ctx): string {
  if (ctx.sessionDay === null) return '';
  const from = dayToYmd(Math.floor(ctx.state.case.createdAt / 86_400_000));
  const to = dayToYmd(ctx.sessionDay);
  const month = (y: { year: number; month: number }) =>
    formatFuzzyDate({ precision: 'month', year: y.year, month: y.month }, ctx.lang);
  if (from.year * 12 + from.month >= to.year * 12 + to.month) return '';
  return ctx.t('doc.methodPeriodFrom', { from: month(from), to: month(to) });
}

/**
 * The family's story, period by period: every moment and period of the lifeline with its
 * date, title and description, in time order. Periods are the lifeline's enlarged stretches when
 * it has them, else runs of years holding a handful of items each.
 */
function storyText(ctx: Ctx): string {
  const { state, t, lang } = ctx;
  const items = [...state.items].sort((a, b) => compareFuzzy(a.start, b.start));
  const out: string[] = [];
  if (state.case.familyDescription.trim()) out.push(state.case.familyDescription.trim());
  if (items.length === 0) return [...out, t('doc.storyEmpty')].join('\n\n');
  out.push(t('doc.storyIntro'));
  const lanes = new Map(state.lanes.map((l) => [l.id, l]));
  for (const chunk of storyPeriods(items)) {
    const first = chunk.years[0]!;
    const last = chunk.years[1]!;
    out.push(`## ${first === last ? first : `${first} – ${last}`}`);
    for (const item of chunk.items) {
      const lane = lanes.get(item.laneId);
      const where = lane && lane.kind === 'help' ? ` (${lane.name})` : '';
      const head = `${itemWhen(item, ctx)}: ${sentence(`${item.title}${where}`)}`;
      out.push(
        item.description.trim() ? `${head} ${sentence(item.description.replace(/\s*\n\s*/g, ' '))}` : head,
      );
    }
  }
  void lang;
  return out.join('\n\n');
}

/** Runs of whole years with at least 4 items or 6 years each (the last run takes what is left). */
export function storyPeriods(
  items: readonly ItemRecord[],
): { years: [number, number]; items: ItemRecord[] }[] {
  const yearOf = (i: ItemRecord) => dayToYmd(fuzzySpan(i.start).centre).year;
  const chunks: { years: [number, number]; items: ItemRecord[] }[] = [];
  let current: { years: [number, number]; items: ItemRecord[] } | null = null;
  for (const item of items) {
    const y = yearOf(item);
    if (current && (current.items.length < 4 || y === current.years[1]) && y - current.years[0] < 6) {
      current.items.push(item);
      current.years[1] = Math.max(current.years[1], y);
      continue;
    }
    current = { years: [y, y], items: [item] };
    chunks.push(current);
  }
  // a last run of one or two items joins the run before it
  if (chunks.length > 1 && chunks[chunks.length - 1]!.items.length < 3) {
    const last = chunks.pop()!;
    const prev = chunks[chunks.length - 1]!;
    prev.items.push(...last.items);
    prev.years[1] = Math.max(prev.years[1], last.years[1]);
  }
  return chunks;
}

function helpSection(ctx: Ctx) {
  const { state, t, lang } = ctx;
  const pros = state.participants.filter((p) => perspectiveOf(p.role) === 'professional');
  const blocks: Block[] = [];
  if (pros.length)
    blocks.push({
      kind: 'table',
      name: 'help',
      header: translatedList(lang, 'doc.helpHeader'),
      rows: pros.map((p) => [
        displayRoleOf(p, lang),
        p.organisation,
        p.function,
        p.task.trim() || t('doc.noTask'),
      ]),
      widths: [2, 2.4, 2, 4],
    });
  else blocks.push({ kind: 'paragraph', text: t('doc.helpNone'), tone: 'muted' });
  const helpItems = state.items.filter((i) => i.shape === 'period' && i.kind === 'help');
  if (helpItems.length) {
    const lanes = new Map(state.lanes.map((l) => [l.id, l.name]));
    blocks.push({ kind: 'paragraph', text: t('doc.helpLanesIntro') });
    blocks.push({
      kind: 'table',
      name: 'helpLanes',
      header: translatedList(lang, 'doc.helpLanesHeader'),
      rows: [...helpItems]
        .sort((a, b) => compareFuzzy(a.start, b.start))
        .map((i) => [lanes.get(i.laneId) ?? '', i.title, itemWhen(i, ctx)]),
      widths: [3, 4, 3],
    });
  }
  return { text: t('doc.helpIntro'), blocks, newPage: true };
}

function resultsSection(ctx: Ctx) {
  const { state, t, lang } = ctx;
  const blocks: Block[] = [];
  const quotes = state.quotes;
  const usedQuotes = new Set<string>();
  blocks.push({ kind: 'heading', text: t('doc.success') });
  blocks.push({
    kind: 'paragraph',
    text: state.analysis?.successStatement.trim() || t('doc.summaryNoSuccess'),
    tone: 'lead',
  });
  let figure = 0;
  for (const list of ['strengths', 'improvements'] as const) {
    const side = ctx.tree[list];
    blocks.push({
      kind: 'heading',
      text: t(list === 'strengths' ? 'doc.mainFactors' : 'doc.mainImprovements'),
    });
    if (side.branches.some((b) => b.groupId === null))
      blocks.push({ kind: 'paragraph', text: t('doc.noGroups'), tone: 'muted' });
    side.branches.forEach((b, i) => {
      blocks.push({ kind: 'heading', text: t('doc.factorHeading', { n: i + 1, name: b.name }) });
      const group = state.analysis?.groups.find((g) => g.id === b.groupId);
      if (group?.description.trim()) blocks.push(...textBlocks(group.description));
      if (b.leaves.length) {
        blocks.push({ kind: 'paragraph', text: t('doc.contributing') });
        blocks.push({
          kind: 'bullets',
          items: b.leaves.map((l) => `${cardLine(ctx, l.card)}`),
        });
      }
      for (const q of quotes.filter((q) => b.groupId !== null && q.groupIds.includes(b.groupId))) {
        usedQuotes.add(q.id);
        blocks.push({ kind: 'quote', text: quoted(q.text), by: whoSaid(ctx, q.participantId) });
      }
    });
    if (side.others.length) {
      blocks.push({ kind: 'heading', text: t('doc.others') });
      blocks.push({ kind: 'bullets', items: side.others.map((l) => cardLine(ctx, l.card)) });
    }
    figure++;
    blocks.push({
      kind: 'tree',
      list,
      caption: t('doc.treeCaption', {
        n: figure,
        what: t(list === 'strengths' ? 'doc.treeStrengths' : 'doc.treeImprovements'),
      }),
      drawing: treeDrawing(ctx, list),
    });
  }
  const rest = quotes.filter((q) => !usedQuotes.has(q.id));
  if (rest.length) {
    blocks.push({ kind: 'heading', text: t('doc.otherQuotes') });
    for (const q of rest)
      blocks.push({ kind: 'quote', text: quoted(q.text), by: whoSaid(ctx, q.participantId) });
  }
  void lang;
  return { text: '', blocks, newPage: true };
}

/** A card as a line: its text, stickers and who named it. */
function cardLine(ctx: Ctx, card: CardRecord): string {
  const votes = ctx.votes.get(card.id)?.votes ?? 0;
  const who = card.participantId ? whoSaid(ctx, card.participantId) : null;
  const bits = [ctx.t('doc.stickers', { count: votes }), ...(who ? [ctx.t('doc.namedBy', { who })] : [])];
  return `${card.text} (${bits.join(', ')})`;
}

export function treeDrawing(
  ctx: Pick<Ctx, 't' | 'tree' | 'state'>,
  list: CardList,
  fontCss = '',
): TreeDrawing {
  const { t, tree } = ctx;
  return findingsTreeSvg(
    {
      root: list === 'strengths' ? tree.root : t('doc.mainImprovements'),
      rootLabel: list === 'strengths' ? t('analysis.success') : t('analysis.improvementsTree'),
      side: tree[list],
      tone: list,
      emptyText: t('analysis.noCards'),
      title: `${t('analysis.tree')}: ${ctx.state.case.title}`,
      lang: ctx.state.case.language,
    },
    ctx.state.analysis?.paper ?? 'A4',
    fontCss,
  );
}

/** The findings tree of one list as a stand-alone drawing (slides: SVG and PNG export). */
export function caseTreeDrawing(state: CaseState, list: CardList, fontCss = ''): TreeDrawing {
  return treeDrawing(
    { t: translator(state.case.language), tree: draftFindingsTree(state), state },
    list,
    fontCss,
  );
}

function perspectivesSection(ctx: Ctx) {
  const { state, t, lang } = ctx;
  const blocks: Block[] = [];
  for (const side of ['family', 'professional'] as const satisfies readonly Perspective[]) {
    blocks.push({ kind: 'heading', text: t(side === 'family' ? 'doc.familySaid' : 'doc.professionalsSaid') });
    const named = state.cards.filter((c) => {
      const p = c.participantId ? ctx.people.get(c.participantId) : undefined;
      return p && perspectiveOf(p.role) === side;
    });
    blocks.push({ kind: 'paragraph', text: t('doc.named') });
    blocks.push(
      named.length
        ? { kind: 'bullets', items: named.map((c) => `${c.text} (${whoSaid(ctx, c.participantId)})`) }
        : { kind: 'paragraph', text: t('doc.nothing'), tone: 'muted' },
    );
    const voted = [...ctx.ranked.strengths, ...ctx.ranked.improvements]
      .filter((r) => r.byPerspective[side] > 0)
      .sort((a, b) => b.byPerspective[side] - a.byPerspective[side])
      .slice(0, 5);
    blocks.push({ kind: 'paragraph', text: t('doc.voted') });
    blocks.push(
      voted.length
        ? {
            kind: 'bullets',
            items: voted.map((r) =>
              t('doc.votedItem', {
                text: r.card.text,
                stickers: t('doc.stickers', { count: r.byPerspective[side] }),
              }),
            ),
          }
        : { kind: 'paragraph', text: t('doc.nothing'), tone: 'muted' },
    );
  }
  void lang;
  return { text: t('doc.perspectivesIntro'), blocks, newPage: true };
}

function rankingSection(ctx: Ctx) {
  const { t, lang } = ctx;
  const total = (list: CardList) => ctx.ranked[list].reduce((s, r) => s + r.votes, 0);
  const blocks: Block[] = (['strengths', 'improvements'] as const).map((list) => ({
    kind: 'ranking',
    list,
    title: t(`session.lists.${list}`),
    header: translatedList(lang, 'doc.rankingHeader'),
    tieLabel: t('doc.tie'),
    rows: ctx.ranked[list].map((r) => ({
      rank: r.rank,
      tied: r.tied,
      text: r.card.text,
      votes: r.votes,
      family: r.byPerspective.family,
      professional: r.byPerspective.professional,
    })),
  }));
  return {
    text: t('doc.rankingIntro', {
      stickers: t('doc.stickers', { count: total('strengths') }),
      improvements: t('doc.stickers', { count: total('improvements') }),
    }),
    blocks,
    newPage: true,
  };
}

function recommendationsSection(ctx: Ctx) {
  const { t, state } = ctx;
  const recs = state.analysis?.recommendations ?? [];
  const blocks: Block[] = [];
  for (const audience of AUDIENCES) {
    const items = recs.filter((r) => r.audience === audience).map((r) => r.text);
    if (!items.length) continue;
    blocks.push({ kind: 'heading', text: t(`doc.audiences.${audience}`) });
    blocks.push({ kind: 'bullets', items, ordered: true });
  }
  return { text: recs.length ? '' : t('doc.noRecommendations'), blocks, newPage: true };
}

function lifelineAppendix(ctx: Ctx): Block[] {
  const { state, lang } = ctx;
  const lanes = new Map(state.lanes.map((l) => [l.id, l.name]));
  return [
    { kind: 'lifeline', pages: lifelinePages(ctx) },
    { kind: 'heading', text: ctx.t('report.items') },
    {
      kind: 'table',
      name: 'items',
      header: translatedList(lang, 'doc.itemsHeader'),
      rows: [...state.items]
        .sort((a, b) => compareFuzzy(a.start, b.start))
        .map((i) => [itemWhen(i, ctx), lanes.get(i.laneId) ?? '', i.title]),
      widths: [3, 2.5, 5],
    },
  ];
}

/**
 * The lifeline pages: the whole roll on one page, then about a metre per page. A page that
 * counts moments in groups ("+3") says so under its heading, and where their titles are.
 */
function lifelinePages(ctx: Ctx): LifelinePageDrawing[] {
  const { state, t } = ctx;
  const print = lifelinePrint(state, ctx.lang, state.analysis?.paper ?? 'A4');
  const parts = print.tiles.length;
  return [print.overview, ...print.tiles].map((page, i) => {
    const caption =
      page.kind === 'overview'
        ? t('report.lifelineOverview', { metres: state.case.axis.lengthMetres })
        : t('report.lifelinePart', { part: i, parts });
    const total = page.titled.length + page.counted.length;
    const note = page.counted.length
      ? t(page.kind === 'overview' ? 'doc.lifelineCountedOverview' : 'doc.lifelineCounted', {
          count: total,
          titled: page.titled.length,
          counted: page.counted.length,
        })
      : '';
    return {
      kind: page.kind,
      caption,
      note,
      overlap: page.overlap,
      svg: lifelinePageSvg(page, `${caption}: ${state.case.title}`),
      width: page.width,
      height: page.height,
      titled: page.titled,
      counted: page.counted,
    };
  });
}

function markersAppendix(ctx: Ctx): Block[] {
  const { state, t, lang } = ctx;
  const blocks: Block[] = [];
  for (const valence of ['good', 'bad'] as const) {
    blocks.push({ kind: 'heading', text: t(`session.markers.${valence}`) });
    const markers = state.markers
      .filter((m) => m.valence === valence)
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.createdAt - b.createdAt));
    if (!markers.length) blocks.push({ kind: 'paragraph', text: t('doc.noMarkers'), tone: 'muted' });
    for (const m of markers) {
      // as precise as the marker was meant ("voorjaar 2019", "12 maart 2019")
      const date = formatPointSpan(m.start, m.end, m.precision, lang);
      blocks.push({ kind: 'paragraph', text: `${date}${m.title ? ` · ${m.title}` : ''}`, tone: 'lead' });
      const by = ctx.people.get(m.participantId);
      const who = by ? `${displayRoleOf(by, lang)} (${by.pseudonym})` : '?';
      const others = m.contributorIds.map((id) => ctx.people.get(id)?.pseudonym).filter(Boolean);
      blocks.push({
        kind: 'paragraph',
        tone: 'muted',
        text: `${t('doc.markerPlacedBy', { who })}${others.length ? `; ${t('doc.markerWith', { names: others.join(', ') })}` : ''}`,
      });
      if (m.explanation.trim())
        blocks.push({ kind: 'paragraph', text: `${t('doc.why')} ${m.explanation.trim()}` });
      const cards = state.cards.filter((c) => c.markerId === m.id);
      if (cards.length) {
        blocks.push({
          kind: 'paragraph',
          text: t(valence === 'good' ? 'doc.factorsGood' : 'doc.factorsBad'),
        });
        blocks.push({ kind: 'bullets', items: cards.map((c) => c.text) });
      }
    }
  }
  return blocks;
}

/**
 * What changed on the lifeline in the session: the change trail's own rows (shared/trail) —
 * when, which moment, what happened, was → became, and who raised it.
 */
function correctionsAppendix(ctx: Ctx): Block[] {
  const { state, t, lang } = ctx;
  const rows = changeTrailRows(state, lang);
  if (!rows.length) return [{ kind: 'paragraph', text: t('doc.noCorrections'), tone: 'muted' }];
  const when = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return [
    {
      kind: 'table',
      name: 'corrections',
      header: [t('trail.when'), t('trail.item'), t('trail.what'), t('trail.change'), t('trail.raisedBy')],
      rows: rows.map((row) => [
        when.format(row.change.at),
        row.title,
        row.action,
        row.detailed
          ? row.fields
              .map(
                (f) =>
                  `${f.label}: ${f.before ?? ''}${f.before !== null && f.after !== null ? ' → ' : ''}${f.after ?? ''}`,
              )
              .join('; ')
          : t('trail.notRecorded'),
        row.raisedBy ?? '—',
      ]),
      widths: [1.7, 2.2, 1.4, 3, 1.7],
    },
  ];
}

function cardsAppendix(ctx: Ctx): Block[] {
  return [
    {
      kind: 'table',
      name: 'cards',
      header: translatedList(ctx.lang, 'doc.cardsHeader'),
      rows: cardRows(ctx.state, ctx.lang).map((r) => [
        r.list,
        r.text,
        `${r.votes} (${r.family}/${r.professional})`,
        r.namedBy,
        r.mainFactors.join('; '),
        r.codes.join('; '),
      ]),
      widths: [1.6, 3.6, 1.4, 1.8, 2.2, 2.4],
    },
  ];
}

/** One row per card, for the appendix table and the spreadsheet exports (values in `lang`). */
export interface CardRow {
  readonly card: CardRecord;
  readonly list: string;
  readonly text: string;
  readonly votes: number;
  readonly family: number;
  readonly professional: number;
  readonly mainFactors: readonly string[];
  readonly codes: readonly string[];
  /** Display role and pseudonym, e.g. "vader (Hans)"; empty: the group. */
  readonly namedBy: string;
  readonly perspective: string;
  readonly quoted: boolean;
  readonly markerDate: string;
  readonly lane: string;
}

export function cardRows(state: CaseState, lang: Language): CardRow[] {
  const t = translator(lang);
  const ranked = new Map(
    [...rankList(state, 'strengths'), ...rankList(state, 'improvements')].map((r) => [r.card.id, r]),
  );
  const people = new Map(state.participants.map((p) => [p.id, p]));
  const markers = new Map(state.markers.map((m) => [m.id, m]));
  const lanes = new Map(state.lanes.map((l) => [l.id, l.name]));
  const a = state.analysis;
  const quotedCards = new Set(state.quotes.map((q) => q.cardId));
  return state.cards.map((card) => {
    const r = ranked.get(card.id);
    const p = card.participantId ? people.get(card.participantId) : undefined;
    const m = card.markerId ? markers.get(card.markerId) : undefined;
    return {
      card,
      list: t(`session.lists.${card.list}`),
      text: card.text,
      votes: r?.votes ?? 0,
      family: r?.byPerspective.family ?? 0,
      professional: r?.byPerspective.professional ?? 0,
      mainFactors: (a?.groups ?? []).filter((g) => g.cardIds.includes(card.id)).map((g) => g.name),
      codes: (a?.codes[card.id] ?? []).map((id) => codeLabel(id, lang, a?.customCodes)),
      namedBy: p ? `${displayRoleOf(p, lang)} (${p.pseudonym})` : '',
      perspective: p ? t(`session.perspective.${perspectiveOf(p.role)}`) : '',
      quoted: quotedCards.has(card.id),
      markerDate: m ? formatPointSpan(m.start, m.end, m.precision, lang) : '',
      lane: m?.laneId ? (lanes.get(m.laneId) ?? '') : '',
    };
  });
}
