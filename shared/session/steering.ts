import type { CaseState, Phase, SessionRecord, TimeBox, WallFocus } from '../model';
import { fuzzySpan } from '../time/fuzzy';
import { isoToDay, type DayNumber } from '../time/day';

/**
 * Session steering: what the console tells the wall besides the case itself — who has the floor,
 * the time box, where the wall looks — and the facilitator's "has spoken" ticks.
 */

/** How long the wall waits after the last touch before it follows the console again. */
export const WALL_FOLLOW_PAUSE_MS = 8000;

/**
 * When the wall may follow the console again: `null` while a finger is on it, else the moment
 * the pause after the last touch ends (in the past: now).
 */
export function followAgainAt(touching: boolean, lastTouchAt: number | null, pauseMs: number): number | null {
  if (touching) return null;
  return lastTouchAt === null ? 0 : lastTouchAt + pauseMs;
}

/** The participant who has the floor, or null (a removed participant has it no longer). */
export function speakerOf(state: CaseState) {
  const id = state.session?.speakerId ?? null;
  return id === null ? null : (state.participants.find((p) => p.id === id) ?? null);
}

export function hasSpoken(session: SessionRecord | null, phase: Phase, participantId: string): boolean {
  return !!session?.spoken.some((t) => t.phase === phase && t.participantId === participantId);
}

/** Participants ticked in a phase's round, of those still taking part. */
export function spokenCount(state: CaseState, phase: Phase): number {
  return state.participants.filter((p) => hasSpoken(state.session, phase, p.id)).length;
}

export interface TimeBoxState {
  readonly totalMs: number;
  /** Left, never below 0. */
  readonly remainingMs: number;
  /** Counting down now (not paused, and for a per-speaker box: someone has the floor). */
  readonly running: boolean;
  readonly paused: boolean;
  /** Waiting for a speaker (a per-speaker box with nobody on the floor). */
  readonly waiting: boolean;
  readonly over: boolean;
}

/** The time box as it stands at `now`; null when none is set. */
export function timeBoxAt(session: SessionRecord | null, now: number): TimeBoxState | null {
  const box: TimeBox | null = session?.timeBox ?? null;
  if (!box) return null;
  const totalMs = box.seconds * 1000;
  const waiting = box.per === 'speaker' && session!.speakerId === null;
  if (waiting) return { totalMs, remainingMs: totalMs, running: false, paused: false, waiting, over: false };
  const until = box.pausedAt ?? now;
  const remainingMs = Math.max(0, totalMs - Math.max(0, until - box.startedAt));
  return {
    totalMs,
    remainingMs,
    running: box.pausedAt === null && remainingMs > 0,
    paused: box.pausedAt !== null,
    waiting: false,
    over: remainingMs === 0,
  };
}

/** "2:05", "0:09", "10:00": minutes and seconds left, rounded up (a box never shows 0:00 early). */
export function formatCountdown(remainingMs: number): string {
  const total = Math.ceil(Math.max(0, remainingMs) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export type FocusRange = { readonly kind: 'all' } | { readonly kind: 'days'; from: DayNumber; to: DayNumber };

/** Room shown around a single moment or point marker, in days on either side. */
const POINT_MARGIN_DAYS = 240;

/**
 * The days the wall shows for a focus: a span as chosen, a moment or a marker with room around
 * it, or everything. null when the focused moment or marker no longer exists.
 */
export function focusRange(state: CaseState, focus: WallFocus): FocusRange | null {
  switch (focus.kind) {
    case 'all':
      return { kind: 'all' };
    case 'span': {
      const [a, b] = [isoToDay(focus.start), isoToDay(focus.end)];
      return { kind: 'days', from: Math.min(a, b), to: Math.max(a, b) + 1 };
    }
    case 'item': {
      const item = state.items.find((i) => i.id === focus.id);
      if (!item) return null;
      const start = fuzzySpan(item.start);
      const end = item.shape === 'period' && item.end ? fuzzySpan(item.end).end : start.end;
      return withMargin(start.start, end + 1);
    }
    case 'marker': {
      const marker = state.markers.find((m) => m.id === focus.id);
      if (!marker) return null;
      const start = isoToDay(marker.start);
      return withMargin(start, marker.end ? isoToDay(marker.end) + 1 : start + 1);
    }
  }
}

function withMargin(from: DayNumber, to: DayNumber): FocusRange {
  const margin = Math.max(POINT_MARGIN_DAYS, Math.round((to - from) * 0.15));
  return { kind: 'days', from: from - margin, to: to + margin };
}
