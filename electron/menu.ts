/**
 * Application menu in Dutch and English. Pure: language (+ platform) in, template out.
 * Items use Electron roles, so no click handlers and no IPC from the menu.
 */
import type { MenuItemConstructorOptions } from 'electron';

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

export function buildMenuTemplate(lang: MenuLanguage, isMac: boolean): MenuItemConstructorOptions[] {
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
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
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
