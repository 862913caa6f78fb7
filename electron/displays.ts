/**
 * Pure decisions about where the wall (the projected view) goes. No Electron imports:
 * main.ts feeds in screen.getAllDisplays() / screen.getPrimaryDisplay().id.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DisplayInfo {
  readonly id: number;
  readonly bounds: Rect;
  readonly workArea: Rect;
  readonly label?: string;
}

export type WallPlacement =
  | { readonly mode: 'fullscreen'; readonly displayId: number; readonly bounds: Rect }
  | { readonly mode: 'chooser'; readonly candidates: readonly DisplayInfo[] }
  | { readonly mode: 'window'; readonly bounds: Rect };

/** A window on the primary display's work area: 80 % of it, at most 1280×800, centred. */
export function windowBoundsOn(display: DisplayInfo): Rect {
  const wa = display.workArea;
  const width = Math.min(1280, Math.max(Math.min(640, wa.width), Math.round(wa.width * 0.8)));
  const height = Math.min(800, Math.max(Math.min(480, wa.height), Math.round(wa.height * 0.8)));
  return {
    x: wa.x + Math.round((wa.width - width) / 2),
    y: wa.y + Math.round((wa.height - height) / 2),
    width,
    height,
  };
}

function primaryOf(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo | undefined {
  return displays.find((d) => d.id === primaryId) ?? displays[0];
}

const FALLBACK_DISPLAY: DisplayInfo = {
  id: -1,
  bounds: { x: 0, y: 0, width: 1280, height: 800 },
  workArea: { x: 0, y: 0, width: 1280, height: 800 },
};

/**
 * Where to put the wall:
 *  - a preferred secondary display that still exists → full screen there;
 *  - exactly one secondary display → full screen there;
 *  - several secondary displays → let the facilitator choose;
 *  - only the primary display → an ordinary window on it.
 */
export function placeWall(
  displays: readonly DisplayInfo[],
  primaryId: number,
  preferredDisplayId?: number,
): WallPlacement {
  const primary = primaryOf(displays, primaryId) ?? FALLBACK_DISPLAY;
  const others = displays.filter((d) => d.id !== primary.id);
  if (preferredDisplayId !== undefined) {
    const preferred = others.find((d) => d.id === preferredDisplayId);
    if (preferred) return { mode: 'fullscreen', displayId: preferred.id, bounds: preferred.bounds };
  }
  if (others.length === 1) {
    const only = others[0]!;
    return { mode: 'fullscreen', displayId: only.id, bounds: only.bounds };
  }
  if (others.length > 1) return { mode: 'chooser', candidates: others };
  return { mode: 'window', bounds: windowBoundsOn(primary) };
}

/** What the wall currently is. */
export type WallState =
  | { readonly open: false }
  | { readonly open: true; readonly mode: 'fullscreen'; readonly displayId: number }
  | { readonly open: true; readonly mode: 'window' };

export interface DisplayChange {
  readonly kind: 'added' | 'removed';
  readonly displayId: number;
}

export type ReplaceDecision =
  | { readonly action: 'none' }
  | { readonly action: 'keep' }
  | { readonly action: 'toWindow'; readonly bounds: Rect }
  | { readonly action: 'toFullscreen'; readonly displayId: number; readonly bounds: Rect };

/**
 * Decision when a display is added or removed mid-session. Nothing is ever closed:
 *  - the wall's display disappeared (or became the primary, where the console lives) →
 *    the wall leaves full screen and becomes a window on the primary display;
 *  - a display was added while the wall is a window and it is now the single secondary
 *    display → the wall goes full screen there (the projector was plugged in);
 *  - otherwise the wall stays where it is.
 * `displays` is the list *after* the change.
 */
export function replaceOnDisplayChange(
  wall: WallState,
  displays: readonly DisplayInfo[],
  primaryId: number,
  change: DisplayChange,
): ReplaceDecision {
  if (!wall.open) return { action: 'none' };
  const primary = primaryOf(displays, primaryId) ?? FALLBACK_DISPLAY;

  if (wall.mode === 'fullscreen') {
    const stillThere = displays.some((d) => d.id === wall.displayId);
    if (!stillThere || wall.displayId === primary.id) {
      return { action: 'toWindow', bounds: windowBoundsOn(primary) };
    }
    return { action: 'keep' };
  }

  if (change.kind === 'added') {
    const placement = placeWall(displays, primary.id);
    if (placement.mode === 'fullscreen' && placement.displayId === change.displayId) {
      return { action: 'toFullscreen', displayId: placement.displayId, bounds: placement.bounds };
    }
  }
  return { action: 'keep' };
}

/**
 * Decision when a display's metrics change (resolution, scale factor, rotation, work area)
 * mid-session: a wall full screen on that display is fitted to its new bounds (or, when that
 * display became the primary one, where the console lives, goes back to a window); a wall in a
 * window that no longer fits the primary display's work area is placed in it again.
 */
export function replaceOnMetricsChange(
  wall: WallState,
  displays: readonly DisplayInfo[],
  primaryId: number,
  displayId: number,
  windowBounds?: Rect,
): ReplaceDecision {
  if (!wall.open) return { action: 'none' };
  const primary = primaryOf(displays, primaryId) ?? FALLBACK_DISPLAY;
  const changed = displays.find((d) => d.id === displayId);
  if (wall.mode === 'fullscreen') {
    if (wall.displayId !== displayId) return { action: 'keep' };
    if (!changed || changed.id === primary.id) return { action: 'toWindow', bounds: windowBoundsOn(primary) };
    return { action: 'toFullscreen', displayId: changed.id, bounds: changed.bounds };
  }
  if (displayId !== primary.id || !windowBounds) return { action: 'keep' };
  const wa = primary.workArea;
  const inside =
    windowBounds.x >= wa.x &&
    windowBounds.y >= wa.y &&
    windowBounds.x + windowBounds.width <= wa.x + wa.width &&
    windowBounds.y + windowBounds.height <= wa.y + wa.height;
  return inside ? { action: 'keep' } : { action: 'toWindow', bounds: windowBoundsOn(primary) };
}
