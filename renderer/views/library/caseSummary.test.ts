import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '@shared/model';
import { sessionDateOf } from './caseSummary';

const base = { caseId: 'case_a' };
describe('the session date a case shows in the library', () => {
  it('is the first thing recorded in the session', () => {
    const records = [
      {
        ...base,
        type: 'session',
        id: 'session_a',
        phase: 4,
        speakerId: null,
        talliesVisible: false,
        phaseStartedAt: 9_000,
      },
      { ...base, type: 'change', id: 'change_a', itemId: 'item_a', action: 'added', title: 'x', at: 5_000 },
      {
        ...base,
        type: 'card',
        id: 'card_a',
        list: 'strengths',
        text: 'x',
        markerId: null,
        participantId: null,
        createdAt: 3_000,
      },
    ] as AnyRecord[];
    expect(sessionDateOf(records)).toBe(3_000);
  });
  it('is when the session went past the welcome when nothing was recorded yet, and null before', () => {
    const session = {
      ...base,
      type: 'session',
      id: 'session_a',
      speakerId: null,
      talliesVisible: false,
      phaseStartedAt: 7_000,
    };
    expect(sessionDateOf([{ ...session, phase: 1 }] as AnyRecord[])).toBe(7_000);
    expect(sessionDateOf([{ ...session, phase: 0 }] as AnyRecord[])).toBeNull();
    expect(sessionDateOf([])).toBeNull();
  });
});
