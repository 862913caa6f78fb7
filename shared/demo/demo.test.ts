import { describe, expect, it } from 'vitest';
import { anyRecordSchema } from '../model';
import { consistencyProblem } from '../file';
import { createDemoCase } from './index';

describe('demo case', () => {
  let n = 0;
  const records = createDemoCase({ now: 0, newId: (p) => `${p}_d${++n}` });
  it('is a valid, consistent case', () => {
    for (const r of records) expect(anyRecordSchema.safeParse(r).success, r.id).toBe(true);
    expect(consistencyProblem(records)).toBeNull();
  });
  it('has about forty items over twenty years, six help lanes and every date precision', () => {
    const items = records.filter((r) => r.type === 'item');
    expect(items.length).toBeGreaterThanOrEqual(35);
    expect(items.length).toBeLessThanOrEqual(45);
    expect(records.filter((r) => r.type === 'lane' && r.kind === 'help')).toHaveLength(6);
    const precisions = new Set(items.flatMap((i) => [i.start.precision, i.end?.precision]).filter(Boolean));
    expect([...precisions].sort()).toEqual(['approx', 'day', 'month', 'season', 'year']);
    const years = items.map((i) => i.start.year);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(18);
  });
});
