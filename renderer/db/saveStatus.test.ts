import { describe, expect, it } from 'vitest';
import { onSaveStatus, saveStatus, trackSave } from './saveStatus';

describe('save status', () => {
  it('counts a write while it runs, records a failure, and clears it with the next stored write', async () => {
    const seen: number[] = [];
    const off = onSaveStatus(() => seen.push(saveStatus().pending));
    let finish!: () => void;
    const write = trackSave(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(saveStatus().pending).toBe(1);
    finish();
    await write;
    expect(saveStatus()).toMatchObject({ pending: 0, failure: null });

    const disk = new Error('disk full');
    await expect(trackSave(() => Promise.reject(disk))).rejects.toBe(disk);
    expect(saveStatus()).toMatchObject({ pending: 0, failure: disk });

    await trackSave(() => Promise.resolve(1));
    expect(saveStatus().failure).toBeNull();
    off();
    expect(seen).toEqual([1, 0, 1, 0, 1, 0]);
  });
});
