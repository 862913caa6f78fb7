/**
 * Application menu in Dutch and English. Pure: language, platform and a way to send an action to
 * the focused window in, template out. Undo and Redo run the case history through the key map's
 * actions (the window decides: in a text field they undo the typing); everything else uses
 * Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, type MenuAction } from '../shared/keymap/keymap';

/** Sends an action to the focused window (main.ts: webContents.send on IPC_EVENTS.menuAction). */
export type SendMenuAction = (action: MenuAction) => void;

export type MenuLanguage = 'nl' | 'en';

const LABELS = {
  nl: {
    app: 'Levenslijn',
    about: 'Over Levenslijn',
    hide: 'Levenslijn verbergen',
    hideOthers: 'Andere verbergen',
    unhide: 'Alles tonen',
    quit: 'Levenslijn afsluiten',
    file: 'Bestand',
    close: 'Venster sluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    resetZoom: 'Ware grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullscreen: 'Volledig scherm',
    window: 'Venster',
    minimize: 'Minimaliseren',
    help: 'Help',
  },
  en: {
    app: 'Levenslijn',
    about: 'About Levenslijn',
    hide: 'Hide Levenslijn',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Levenslijn',
    file: 'File',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    help: 'Help',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

/** 'nl' for Dutch locales (nl, nl-NL, nl-BE), otherwise 'en'. */
export function menuLanguageFor(locale: string): MenuLanguage {
  return /^nl\b/i.test(locale) ? 'nl' : 'en';
}

export function buildMenuTemplate(
  lang: MenuLanguage,
  isMac: boolean,
  send: SendMenuAction = () => undefined,
): MenuItemConstructorOptions[] {
  const t = LABELS[lang];
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: t.app,
      submenu: [
        { role: 'about', label: t.about },
        sep,
        { role: 'hide', label: t.hide },
        { role: 'hideOthers', label: t.hideOthers },
        { role: 'unhide', label: t.unhide },
        sep,
        { role: 'quit', label: t.quit },
      ],
    });
  }
  template.push(
    {
      id: 'file',
      label: t.file,
      submenu: isMac
        ? [{ role: 'close', label: t.close }]
        : [{ role: 'close', label: t.close }, sep, { role: 'quit', label: t.quit }],
    },
    {
      id: 'edit',
      label: t.edit,
      submenu: [
        { id: 'undo', label: t.undo, accelerator: acceleratorOf('undo'), click: () => send('undo') },
        { id: 'redo', label: t.redo, accelerator: acceleratorOf('redo'), click: () => send('redo') },
        sep,
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      id: 'view',
      label: t.view,
      submenu: [
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        sep,
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    {
      id: 'window',
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    {
      id: 'help',
      label: t.help,
      role: 'help',
      submenu: isMac ? [] : [{ role: 'about', label: t.about }],
    },
  );
  return template;
}
