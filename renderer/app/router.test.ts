import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './router';

describe('hash routes', () => {
  it('parses the three screens', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#/case/case_abc')).toEqual({ name: 'case', caseId: 'case_abc' });
    expect(parseRoute('#/wall/case_abc')).toEqual({ name: 'wall', caseId: 'case_abc' });
    expect(parseRoute('#/analysis/case_abc')).toEqual({ name: 'analysis', caseId: 'case_abc' });
    expect(routeHash({ name: 'analysis', caseId: 'case_abc' })).toBe('#/analysis/case_abc');
    expect(parseRoute('#/study/study_abc')).toEqual({ name: 'study', studyId: 'study_abc' });
    expect(parseRoute('#/synthesis/study_abc')).toEqual({ name: 'synthesis', studyId: 'study_abc' });
    expect(routeHash({ name: 'synthesis', studyId: 'study_abc' })).toBe('#/synthesis/study_abc');
  });
  it('falls back to the library for unknown or incomplete routes', () => {
    expect(parseRoute('#/case/')).toEqual({ name: 'library' });
    expect(parseRoute('#/settings/x')).toEqual({ name: 'library' });
  });
  it('round-trips ids with odd characters', () => {
    const route = { name: 'wall', caseId: 'case_ä/é' } as const;
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
