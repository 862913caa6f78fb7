import { describe, expect, it } from 'vitest';
import {
  placeWall,
  replaceOnDisplayChange,
  replaceOnMetricsChange,
  windowBoundsOn,
  type DisplayInfo,
} from './displays';

const d = (id: number, x: number, width = 1920, height = 1080): DisplayInfo => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 25, width, height: height - 25 },
});
const laptop = d(1, 0, 1440, 900);
const projector = d(2, 1440, 1920, 1080);
const tv = d(3, 3360, 3840, 2160);

describe('placeWall', () => {
  it('uses a window on the primary display when there is only one display', () => {
    const p = placeWall([laptop], 1);
    expect(p.mode).toBe('window');
    if (p.mode !== 'window') return;
    expect(p.bounds).toEqual(windowBoundsOn(laptop));
    // inside the primary work area
    expect(p.bounds.x).toBeGreaterThanOrEqual(laptop.workArea.x);
    expect(p.bounds.y).toBeGreaterThanOrEqual(laptop.workArea.y);
    expect(p.bounds.x + p.bounds.width).toBeLessThanOrEqual(laptop.workArea.x + laptop.workArea.width);
    expect(p.bounds.y + p.bounds.height).toBeLessThanOrEqual(laptop.workArea.y + laptop.workArea.height);
  });

  it('goes full screen on the single secondary display', () => {
    expect(placeWall([laptop, projector], 1)).toEqual({
      mode: 'fullscreen',
      displayId: 2,
      bounds: projector.bounds,
    });
    // order of the list does not matter
    expect(placeWall([projector, laptop], 1)).toEqual({
      mode: 'fullscreen',
      displayId: 2,
      bounds: projector.bounds,
    });
  });

  it('treats the display marked primary as primary even when it is not first', () => {
    expect(placeWall([laptop, projector], 2)).toEqual({
      mode: 'fullscreen',
      displayId: 1,
      bounds: laptop.bounds,
    });
  });

  it('offers a chooser when there are several secondary displays', () => {
    expect(placeWall([laptop, projector, tv], 1)).toEqual({ mode: 'chooser', candidates: [projector, tv] });
  });

  it('honours a preferred secondary display that still exists', () => {
    expect(placeWall([laptop, projector, tv], 1, 3)).toEqual({
      mode: 'fullscreen',
      displayId: 3,
      bounds: tv.bounds,
    });
  });

  it('ignores a preferred display that is gone or is the primary', () => {
    expect(placeWall([laptop, projector, tv], 1, 99).mode).toBe('chooser');
    expect(placeWall([laptop], 1, 1).mode).toBe('window');
    expect(placeWall([laptop, projector], 1, 1)).toEqual({
      mode: 'fullscreen',
      displayId: 2,
      bounds: projector.bounds,
    });
  });

  it('falls back sensibly on an unknown primary id or an empty list', () => {
    expect(placeWall([laptop], 42).mode).toBe('window');
    expect(placeWall([], 1).mode).toBe('window');
  });

  it('keeps windows usable on small screens', () => {
    const tiny = d(9, 0, 600, 400);
    const b = windowBoundsOn(tiny);
    expect(b.width).toBeLessThanOrEqual(600);
    expect(b.height).toBeLessThanOrEqual(375);
  });
});

describe('replaceOnDisplayChange', () => {
  it('does nothing when no wall is open', () => {
    expect(replaceOnDisplayChange({ open: false }, [laptop], 1, { kind: 'removed', displayId: 2 })).toEqual({
      action: 'none',
    });
  });

  it('moves the wall back into a window on the primary display when its display is removed', () => {
    const decision = replaceOnDisplayChange({ open: true, mode: 'fullscreen', displayId: 2 }, [laptop], 1, {
      kind: 'removed',
      displayId: 2,
    });
    expect(decision).toEqual({ action: 'toWindow', bounds: windowBoundsOn(laptop) });
  });

  it('keeps the wall when some other display is removed', () => {
    expect(
      replaceOnDisplayChange({ open: true, mode: 'fullscreen', displayId: 2 }, [laptop, projector], 1, {
        kind: 'removed',
        displayId: 3,
      }),
    ).toEqual({ action: 'keep' });
  });

  it('moves the wall to a window when its display became the primary one', () => {
    expect(
      replaceOnDisplayChange({ open: true, mode: 'fullscreen', displayId: 2 }, [projector], 2, {
        kind: 'removed',
        displayId: 1,
      }),
    ).toEqual({ action: 'toWindow', bounds: windowBoundsOn(projector) });
  });

  it('puts a windowed wall full screen when a projector is plugged in', () => {
    expect(
      replaceOnDisplayChange({ open: true, mode: 'window' }, [laptop, projector], 1, {
        kind: 'added',
        displayId: 2,
      }),
    ).toEqual({
      action: 'toFullscreen',
      displayId: 2,
      bounds: projector.bounds,
    });
  });

  it('keeps a windowed wall when the new display makes the choice ambiguous', () => {
    expect(
      replaceOnDisplayChange({ open: true, mode: 'window' }, [laptop, projector, tv], 1, {
        kind: 'added',
        displayId: 3,
      }),
    ).toEqual({ action: 'keep' });
  });

  it('keeps a full-screen wall when another display is added', () => {
    expect(
      replaceOnDisplayChange({ open: true, mode: 'fullscreen', displayId: 2 }, [laptop, projector, tv], 1, {
        kind: 'added',
        displayId: 3,
      }),
    ).toEqual({ action: 'keep' });
  });

  it('keeps a windowed wall when a display is removed', () => {
    expect(
      replaceOnDisplayChange({ open: true, mode: 'window' }, [laptop], 1, { kind: 'removed', displayId: 2 }),
    ).toEqual({
      action: 'keep',
    });
  });
});

describe('replaceOnMetricsChange', () => {
  const primary = d(1, 0, 1920, 1080);
  const projector = d(2, 1920, 1280, 720);
  it('fits a full-screen wall to its display’s new resolution', () => {
    const sharper = d(2, 1920, 3840, 2160);
    expect(
      replaceOnMetricsChange({ open: true, mode: 'fullscreen', displayId: 2 }, [primary, sharper], 1, 2),
    ).toEqual({
      action: 'toFullscreen',
      displayId: 2,
      bounds: sharper.bounds,
    });
  });
  it('leaves the wall alone when another display changes', () => {
    expect(
      replaceOnMetricsChange({ open: true, mode: 'fullscreen', displayId: 2 }, [primary, projector], 1, 1),
    ).toEqual({
      action: 'keep',
    });
  });
  it('brings the wall back to a window when its display became the primary one', () => {
    expect(
      replaceOnMetricsChange({ open: true, mode: 'fullscreen', displayId: 2 }, [projector], 2, 2),
    ).toEqual({
      action: 'toWindow',
      bounds: windowBoundsOn(projector),
    });
  });
  it('puts a wall window back inside the primary display’s work area when that shrank', () => {
    const small = d(1, 0, 1280, 720);
    const win = { x: 1000, y: 100, width: 1280, height: 800 };
    expect(replaceOnMetricsChange({ open: true, mode: 'window' }, [small], 1, 1, win)).toEqual({
      action: 'toWindow',
      bounds: windowBoundsOn(small),
    });
    expect(
      replaceOnMetricsChange({ open: true, mode: 'window' }, [primary], 1, 1, {
        x: 10,
        y: 40,
        width: 800,
        height: 600,
      }),
    ).toEqual({ action: 'keep' });
    expect(replaceOnMetricsChange({ open: false }, [primary], 1, 1)).toEqual({ action: 'none' });
  });
});
