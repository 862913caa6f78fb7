/**
 * The wall window: placed with displays.ts, re-placed when displays come and go. Never closed
 * by a display change; it only moves between full screen and an ordinary window.
 */
import { BrowserWindow, dialog, screen, type Display } from 'electron';
import type { WallOpenResult } from '../shared/platform/types';
import {
  placeWall,
  replaceOnDisplayChange,
  replaceOnMetricsChange,
  type DisplayInfo,
  type ReplaceDecision,
  type Rect,
  type WallState,
} from './displays';
import { wallUrl } from './origin';
import { wallWindowOptions } from './windowOptions';

export function toDisplayInfo(d: Display): DisplayInfo {
  return { id: d.id, bounds: d.bounds, workArea: d.workArea, label: d.label };
}

function currentDisplays(): { displays: DisplayInfo[]; primaryId: number } {
  return { displays: screen.getAllDisplays().map(toDisplayInfo), primaryId: screen.getPrimaryDisplay().id };
}

export interface WallControllerOptions {
  readonly preloadPath: string;
  readonly isProduction: boolean;
  readonly menuLanguage: 'nl' | 'en';
  readonly hardenWindow: (win: BrowserWindow) => void;
}

export class WallController {
  private win: BrowserWindow | null = null;
  private state: WallState = { open: false };
  private caseId: string | null = null;
  private preferredDisplayId: number | undefined;

  constructor(private readonly opts: WallControllerOptions) {}

  /** Call once after 'ready'. */
  watchDisplays(): void {
    screen.on('display-added', (_e, d) => this.onDisplayChange('added', d.id));
    screen.on('display-removed', (_e, d) => this.onDisplayChange('removed', d.id));
    // A new resolution, scale factor or rotation of a screen (also the projector's own settings).
    screen.on('display-metrics-changed', (_e, d) => this.onMetricsChange(d.id));
  }

  private onMetricsChange(displayId: number): void {
    const win = this.win;
    if (!win || win.isDestroyed()) return;
    const { displays, primaryId } = currentDisplays();
    const decision = replaceOnMetricsChange(this.state, displays, primaryId, displayId, win.getBounds());
    this.apply(win, decision);
  }

  private apply(win: BrowserWindow, decision: ReplaceDecision): void {
    if (decision.action === 'toWindow') {
      this.applyPlacement(win, decision.bounds, false);
      this.state = { open: true, mode: 'window' };
    } else if (decision.action === 'toFullscreen') {
      this.applyPlacement(win, decision.bounds, true);
      this.state = { open: true, mode: 'fullscreen', displayId: decision.displayId };
    }
  }

  close(): void {
    if (this.win && !this.win.isDestroyed()) this.win.close();
  }

  async open(caseId: string, parent: BrowserWindow | null): Promise<WallOpenResult> {
    // Already showing this case: just bring it to the front.
    if (this.win && !this.win.isDestroyed() && this.state.open && this.caseId === caseId) {
      this.win.show();
      this.win.focus();
      return { placement: this.state.mode === 'fullscreen' ? 'secondDisplay' : 'window' };
    }
    const { displays, primaryId } = currentDisplays();
    let placement = placeWall(displays, primaryId, this.preferredDisplayId);
    if (placement.mode === 'chooser') {
      const chosen = await this.chooseDisplay(placement.candidates, parent);
      if (!chosen) return { placement: 'blocked' };
      this.preferredDisplayId = chosen.id;
      placement = { mode: 'fullscreen', displayId: chosen.id, bounds: chosen.bounds };
    }
    const win = this.ensureWindow(placement.bounds);
    await win.loadURL(wallUrl(caseId));
    this.caseId = caseId;
    if (placement.mode === 'fullscreen') {
      this.applyPlacement(win, placement.bounds, true);
      this.state = { open: true, mode: 'fullscreen', displayId: placement.displayId };
    } else {
      this.applyPlacement(win, placement.bounds, false);
      this.state = { open: true, mode: 'window' };
    }
    win.show();
    win.focus();
    return { placement: placement.mode === 'fullscreen' ? 'secondDisplay' : 'window' };
  }

  private ensureWindow(bounds: Rect): BrowserWindow {
    if (this.win && !this.win.isDestroyed()) return this.win;
    const win = new BrowserWindow(
      wallWindowOptions({
        preloadPath: this.opts.preloadPath,
        isProduction: this.opts.isProduction,
        bounds,
        fullscreen: false,
      }),
    );
    this.opts.hardenWindow(win);
    win.on('closed', () => {
      this.win = null;
      this.caseId = null;
      this.state = { open: false };
    });
    this.win = win;
    return win;
  }

  private applyPlacement(win: BrowserWindow, bounds: Rect, fullscreen: boolean): void {
    if (fullscreen) {
      if (win.isFullScreen()) win.setFullScreen(false);
      win.setBounds(bounds);
      win.setFullScreen(true);
      return;
    }
    if (win.isFullScreen()) {
      // Leaving full screen is asynchronous on macOS: set the bounds once it is done.
      win.once('leave-full-screen', () => win.setBounds(bounds));
      win.setFullScreen(false);
    } else {
      win.setBounds(bounds);
    }
  }

  private onDisplayChange(kind: 'added' | 'removed', displayId: number): void {
    const win = this.win;
    if (!win || win.isDestroyed()) return;
    const { displays, primaryId } = currentDisplays();
    this.apply(win, replaceOnDisplayChange(this.state, displays, primaryId, { kind, displayId }));
  }

  private async chooseDisplay(
    candidates: readonly DisplayInfo[],
    parent: BrowserWindow | null,
  ): Promise<DisplayInfo | null> {
    const nl = this.opts.menuLanguage === 'nl';
    const buttons = candidates.map(
      (d, i) =>
        `${d.label || (nl ? `Scherm ${i + 1}` : `Display ${i + 1}`)} (${d.bounds.width}×${d.bounds.height})`,
    );
    buttons.push(nl ? 'Annuleren' : 'Cancel');
    const options = {
      type: 'question' as const,
      title: 'Levenslijn',
      message: nl ? 'Op welk scherm moet de wand verschijnen?' : 'Which display should show the wall?',
      buttons,
      cancelId: buttons.length - 1,
      defaultId: 0,
      noLink: true,
    };
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return candidates[response] ?? null;
  }
}
