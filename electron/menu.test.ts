import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, menuLanguageFor } from './menu';

type Shape = { id?: string; role?: string; type?: string; submenu?: Shape[] };

function shape(items: MenuItemConstructorOptions[]): Shape[] {
  return items.map((i) => ({
    id: i.id,
    role: i.role,
    type: i.type,
    submenu: Array.isArray(i.submenu) ? shape(i.submenu) : undefined,
  }));
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [
    ...(i.label ? [i.label] : []),
    ...(Array.isArray(i.submenu) ? labels(i.submenu) : []),
  ]);
}

describe('menu', () => {
  it.each([false, true])('NL and EN have the same structure (mac=%s)', (isMac) => {
    const nl = buildMenuTemplate('nl', isMac);
    const en = buildMenuTemplate('en', isMac);
    expect(shape(nl)).toEqual(shape(en));
    expect(labels(nl)).toHaveLength(labels(en).length);
  });

  it('is actually translated', () => {
    const nl = buildMenuTemplate('nl', false);
    const en = buildMenuTemplate('en', false);
    expect(nl.map((i) => i.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(en.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('every non-separator item has a label', () => {
    const check = (items: MenuItemConstructorOptions[]) => {
      for (const i of items) {
        if (i.type !== 'separator') expect(i.label, JSON.stringify(i)).toBeTruthy();
        if (Array.isArray(i.submenu)) check(i.submenu);
      }
    };
    check(buildMenuTemplate('nl', true));
    check(buildMenuTemplate('nl', false));
  });

  it('has no developer tools or reload entries', () => {
    const roles = JSON.stringify(shape(buildMenuTemplate('en', false)));
    expect(roles).not.toMatch(/toggleDevTools|forceReload|"reload"/);
  });

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate('en', true)[0]!.label).toBe('Levenslijn');
    expect(buildMenuTemplate('en', false)[0]!.label).toBe('File');
  });

  it('Undo and Redo run the case history through the key map, with its shortcuts', () => {
    const sent: string[] = [];
    const edit = buildMenuTemplate('nl', false, (a) => sent.push(a)).find((i) => i.id === 'edit')!;
    const items = edit.submenu as MenuItemConstructorOptions[];
    const undo = items.find((i) => i.id === 'undo')!;
    const redo = items.find((i) => i.id === 'redo')!;
    expect(undo.role).toBeUndefined();
    expect([undo.accelerator, redo.accelerator]).toEqual(['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z']);
    (undo.click as () => void)();
    (redo.click as () => void)();
    expect(sent).toEqual(['undo', 'redo']);
  });

  it('picks the language from the locale', () => {
    expect(menuLanguageFor('nl')).toBe('nl');
    expect(menuLanguageFor('nl-BE')).toBe('nl');
    expect(menuLanguageFor('en-US')).toBe('en');
    expect(menuLanguageFor('de')).toBe('en');
  });
});
