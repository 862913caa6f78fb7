import { useCallback, useEffect, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { actionFor, type ActionId, type KeyScope } from '@shared/keymap';
import { useServices } from './services';
import { useLatest } from './useLatest';
import { useShortcutSheet } from '../components/ShortcutSheet';

/** What each key action does in one view; actions without a handler do nothing there. */
export type KeyHandlers = Partial<Record<ActionId, () => void>>;

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes((el as HTMLInputElement).type);
}

/** A modal dialog owns the keyboard while it is open. */
const openDialog = () => document.querySelector('dialog[open]');

/**
 * Enter / Ctrl+Enter in a form's text field: submits the form as its submit button would (and
 * not when that button is disabled). Plain Enter in a multi-line field stays a new line. Returns
 * whether the key was used.
 */
function submitFormOf(e: KeyboardEvent): boolean {
  const field = e.target as HTMLElement | null;
  if (!field || !inTextField(field)) return false;
  if (field.tagName === 'TEXTAREA' && !(e.ctrlKey || e.metaKey)) return false;
  const form = field.closest('form');
  const submitter = form?.querySelector<HTMLButtonElement | HTMLInputElement>(
    'button[type="submit"], input[type="submit"]',
  );
  if (!form || !submitter) return false;
  if (!submitter.disabled) form.requestSubmit(submitter);
  return true;
}

/**
 * Runs a view's key actions from the one key map (shared/keymap): keys pressed anywhere in the
 * window ('console', 'wall'), and Edit → Undo / Redo from the desktop menu. `?` opens the
 * shortcut sheet in every view. Only this hook and `useCanvasKeys` listen to the keyboard.
 */
export function useKeyMap(scope: Exclude<KeyScope, 'canvas'>, handlers: KeyHandlers): void {
  const latest = useLatest(handlers);
  const sheet = useShortcutSheet();
  const { platform } = useServices();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = actionFor(scope, e, inTextField(e.target));
      // A modal dialog owns the keyboard; its own forms still submit with the keys.
      const dialog = openDialog();
      if (dialog && !(action === 'submitForm' && dialog.contains(e.target as Node))) return;
      if (action === 'submitForm') {
        if (submitFormOf(e)) e.preventDefault();
        return;
      }
      const run = action === 'showShortcuts' ? sheet.open : action && latest.current[action];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    // The menu's Undo in a text field undoes the typing, as the browser's own menu would.
    const offMenu = platform.onMenuAction((action) => {
      if (inTextField(document.activeElement)) document.execCommand(action);
      else latest.current[action]?.();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, [scope, latest, sheet, platform]);
}

/** Key actions of a focused lifeline canvas (the editor's): an onKeyDown for its element. */
export function useCanvasKeys(handlers: KeyHandlers): (e: ReactKeyboardEvent) => void {
  const latest = useLatest(handlers);
  return useCallback(
    (e: ReactKeyboardEvent) => {
      const action = actionFor('canvas', e, inTextField(e.target));
      const run = action && latest.current[action];
      if (!run) return;
      e.preventDefault();
      run();
    },
    [latest],
  );
}
