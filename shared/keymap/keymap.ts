/**
 * The key map: every keyboard shortcut of the app, in one list, after Excalidraw's actions
 * (`keyTest` per action). The keyboard, the desktop menu's accelerators and the shortcut sheet
 * (`?`) all read it; views only say what each action does where they are (renderer/app/useKeyMap).
 *
 * Rules (tested in keymap.test.ts): a key combination belongs to at most one action per place,
 * and an event that two actions would match runs neither.
 */

/**
 * Where an action applies: anywhere in a console window ('console'), on the focused lifeline of
 * the editor ('canvas', keys there go to the canvas before the window), or on the wall.
 */
export type KeyScope = 'console' | 'canvas' | 'wall';

export type ActionId =
  | 'undo'
  | 'redo'
  | 'panLeft'
  | 'panRight'
  | 'zoomIn'
  | 'zoomOut'
  | 'fitAll'
  | 'deleteSelected'
  | 'deselect'
  | 'submitForm'
  | 'showShortcuts';

/** One key combination. `mod` is Ctrl, or ⌘ on a Mac. */
export interface KeyCombo {
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

export interface KeyAction {
  readonly id: ActionId;
  /** i18n key of the action's name in the shortcut sheet and the menu. */
  readonly labelKey: string;
  readonly scopes: readonly KeyScope[];
  readonly keys: readonly KeyCombo[];
  /**
   * Whether it also runs while typing in a text field. Undo and redo do not: there the browser's
   * own text undo applies.
   */
  readonly inTextFields: boolean;
}

const VIEWS: readonly KeyScope[] = ['canvas', 'wall'];

export const KEY_ACTIONS: readonly KeyAction[] = [
  {
    id: 'undo',
    labelKey: 'keys.undo',
    scopes: ['console'],
    keys: [{ key: 'z', mod: true }],
    inTextFields: false,
  },
  {
    id: 'redo',
    labelKey: 'keys.redo',
    scopes: ['console'],
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    inTextFields: false,
  },
  {
    id: 'panLeft',
    labelKey: 'keys.panLeft',
    scopes: VIEWS,
    keys: [{ key: 'ArrowLeft' }],
    inTextFields: false,
  },
  {
    id: 'panRight',
    labelKey: 'keys.panRight',
    scopes: VIEWS,
    keys: [{ key: 'ArrowRight' }],
    inTextFields: false,
  },
  {
    id: 'zoomIn',
    labelKey: 'keys.zoomIn',
    scopes: VIEWS,
    keys: [{ key: '+' }, { key: '=' }],
    inTextFields: false,
  },
  {
    id: 'zoomOut',
    labelKey: 'keys.zoomOut',
    scopes: VIEWS,
    keys: [{ key: '-' }, { key: '_' }],
    inTextFields: false,
  },
  { id: 'fitAll', labelKey: 'keys.fitAll', scopes: VIEWS, keys: [{ key: '0' }], inTextFields: false },
  {
    id: 'deleteSelected',
    labelKey: 'keys.deleteSelected',
    scopes: ['canvas'],
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    inTextFields: false,
  },
  {
    id: 'deselect',
    labelKey: 'keys.deselect',
    scopes: ['canvas'],
    keys: [{ key: 'Escape' }],
    inTextFields: false,
  },
  {
    // Adds or saves what a form holds (a moment, a card, a participant, a quote): Enter in a
    // one-line field, Ctrl+Enter in a multi-line one too (there Enter is a new line). Only forms
    // with a submit button, only while that button is enabled: as the button itself would.
    id: 'submitForm',
    labelKey: 'keys.submitForm',
    scopes: ['console'],
    keys: [{ key: 'Enter' }, { key: 'Enter', mod: true }],
    inTextFields: true,
  },
  {
    id: 'showShortcuts',
    labelKey: 'keys.showShortcuts',
    scopes: ['console', 'wall'],
    keys: [{ key: '?' }],
    inTextFields: false,
  },
];

/** What a keyboard event is made of, as far as the key map cares. */
export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Whether an event is this combination. Letters compare case-insensitively (Shift+Z gives "Z")
 * and Shift must match. Symbols (?, +, -, 0) are matched by the character typed, whatever Shift
 * it took on the keyboard's layout, so each works on every layout.
 */
export function keyTest(combo: KeyCombo, e: KeyEventLike): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (Boolean(combo.mod) !== mod || Boolean(combo.alt) !== e.altKey) return false;
  if (/^[a-z]$/i.test(combo.key))
    return e.key.toLowerCase() === combo.key && Boolean(combo.shift) === e.shiftKey;
  if (e.key !== combo.key) return false;
  return combo.key.length === 1 || Boolean(combo.shift) === e.shiftKey;
}

/**
 * The action an event stands for in a place, or null when none does, or when two would (a
 * shortcut claimed twice does nothing rather than the wrong thing).
 */
export function actionFor(scope: KeyScope, e: KeyEventLike, inTextField: boolean): ActionId | null {
  const hits = KEY_ACTIONS.filter(
    (a) => a.scopes.includes(scope) && (!inTextField || a.inTextFields) && a.keys.some((k) => keyTest(k, e)),
  );
  return hits.length === 1 ? hits[0]!.id : null;
}

export function keyActionById(id: ActionId): KeyAction {
  const found = KEY_ACTIONS.find((a) => a.id === id);
  if (!found) throw new Error(`no key action ${id}`);
  return found;
}

const KEY_NAMES: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  ArrowLeft: { nl: '←', en: '←' },
  ArrowRight: { nl: '→', en: '→' },
  Delete: { nl: 'Delete', en: 'Delete' },
  Backspace: { nl: 'Backspace', en: 'Backspace' },
  Escape: { nl: 'Esc', en: 'Esc' },
};

/** A combination as people read it: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function describeCombo(combo: KeyCombo, opts: { mac: boolean; lang: 'nl' | 'en' }): string {
  const key =
    KEY_NAMES[combo.key]?.[opts.lang] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
  if (opts.mac) return `${combo.mod ? '⌘' : ''}${combo.alt ? '⌥' : ''}${combo.shift ? '⇧' : ''}${key}`;
  const parts = [combo.mod ? 'Ctrl' : '', combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', key];
  return parts.filter(Boolean).join('+');
}

/** Actions the desktop menu sends to the window (Edit → Undo / Redo run the case history). */
export const MENU_ACTIONS = ['undo', 'redo'] as const satisfies readonly ActionId[];
export type MenuAction = (typeof MENU_ACTIONS)[number];

export function isMenuAction(x: unknown): x is MenuAction {
  return typeof x === 'string' && (MENU_ACTIONS as readonly string[]).includes(x);
}

/** Electron's accelerator for the first combination of an action ("CmdOrCtrl+Shift+Z"). */
export function acceleratorOf(id: ActionId): string {
  const combo = keyActionById(id).keys[0]!;
  const key = combo.key.length === 1 ? combo.key.toUpperCase() : combo.key;
  return [combo.mod ? 'CmdOrCtrl' : '', combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}
