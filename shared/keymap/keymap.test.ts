import { describe, expect, it } from 'vitest';
import {
  acceleratorOf,
  actionFor,
  describeCombo,
  KEY_ACTIONS,
  keyTest,
  type KeyCombo,
  type KeyScope,
} from './keymap';

const ev = (key: string, m: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: Boolean(m.ctrl),
  metaKey: Boolean(m.meta),
  shiftKey: Boolean(m.shift),
  altKey: Boolean(m.alt),
});

/** The event a combination produces (letters come in upper case with Shift). */
function eventOf(c: KeyCombo) {
  const key = c.shift && /^[a-z]$/.test(c.key) ? c.key.toUpperCase() : c.key;
  return ev(key, { ctrl: c.mod, shift: c.shift, alt: c.alt });
}

describe('key map', () => {
  it('gives every shortcut to one action per place (one shortcut, one command)', () => {
    const scopes: KeyScope[] = ['console', 'canvas', 'wall'];
    for (const scope of scopes) {
      const owners = new Map<string, string>();
      for (const a of KEY_ACTIONS.filter((x) => x.scopes.includes(scope)))
        for (const k of a.keys)
          for (const b of KEY_ACTIONS.filter((x) => x.scopes.includes(scope) && x.id !== a.id))
            expect(
              b.keys.some((kb) => keyTest(kb, eventOf(k))),
              `${scope}: ${a.id} and ${b.id} share a key`,
            ).toBe(false);
      for (const a of KEY_ACTIONS.filter((x) => x.scopes.includes(scope))) {
        for (const k of a.keys) {
          const name = JSON.stringify(k);
          expect(owners.get(name) ?? a.id, `${scope}: ${name}`).toBe(a.id);
          owners.set(name, a.id);
          expect(actionFor(scope, eventOf(k), false)).toBe(a.id);
        }
      }
    }
  });

  it('tells undo from redo by Shift, with Ctrl or ⌘', () => {
    expect(actionFor('console', ev('z', { ctrl: true }), false)).toBe('undo');
    expect(actionFor('console', ev('z', { meta: true }), false)).toBe('undo');
    expect(actionFor('console', ev('Z', { ctrl: true, shift: true }), false)).toBe('redo');
    expect(actionFor('console', ev('y', { ctrl: true }), false)).toBe('redo');
    expect(actionFor('console', ev('z'), false)).toBeNull();
    expect(actionFor('console', ev('z', { ctrl: true, alt: true }), false)).toBeNull();
  });

  it('leaves text fields their own keys (text undo, typing +, 0, ?)', () => {
    expect(actionFor('console', ev('z', { ctrl: true }), true)).toBeNull();
    expect(actionFor('wall', ev('0'), true)).toBeNull();
    expect(actionFor('wall', ev('?', { shift: true }), true)).toBeNull();
  });

  it('matches symbols by the character, whatever Shift the layout needs', () => {
    expect(actionFor('wall', ev('+', { shift: true }), false)).toBe('zoomIn');
    expect(actionFor('wall', ev('+'), false)).toBe('zoomIn');
    expect(actionFor('wall', ev('?', { shift: true }), false)).toBe('showShortcuts');
    expect(actionFor('wall', ev('ArrowLeft', { shift: true }), false)).toBeNull();
  });

  it('keeps actions to their places', () => {
    expect(actionFor('wall', ev('Delete'), false)).toBeNull();
    expect(actionFor('canvas', ev('Delete'), false)).toBe('deleteSelected');
    expect(actionFor('wall', ev('z', { ctrl: true }), false)).toBeNull();
    expect(actionFor('canvas', ev('z', { ctrl: true }), false)).toBeNull();
  });

  it('submits a console form with Enter, or Ctrl+Enter also from a text box; Shift+Enter and the wall are left alone', () => {
    expect(actionFor('console', ev('Enter'), true)).toBe('submitForm');
    expect(actionFor('console', ev('Enter', { ctrl: true }), true)).toBe('submitForm');
    expect(actionFor('console', ev('Enter', { meta: true }), true)).toBe('submitForm');
    expect(actionFor('console', ev('Enter', { shift: true }), true)).toBeNull();
    expect(actionFor('wall', ev('Enter'), false)).toBeNull();
    expect(actionFor('canvas', ev('Enter', { ctrl: true }), true)).toBeNull();
    expect(describeCombo({ key: 'Enter', mod: true }, { mac: false, lang: 'nl' })).toBe('Ctrl+Enter');
  });

  it('names keys for people and for the desktop menu', () => {
    expect(describeCombo({ key: 'z', mod: true, shift: true }, { mac: false, lang: 'nl' })).toBe(
      'Ctrl+Shift+Z',
    );
    expect(describeCombo({ key: 'z', mod: true, shift: true }, { mac: true, lang: 'en' })).toBe('⌘⇧Z');
    expect(describeCombo({ key: 'ArrowLeft' }, { mac: false, lang: 'en' })).toBe('←');
    expect(acceleratorOf('undo')).toBe('CmdOrCtrl+Z');
    expect(acceleratorOf('redo')).toBe('CmdOrCtrl+Shift+Z');
  });
});
