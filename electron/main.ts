/**
 * Electron main process: wiring only. The decisions live in small, tested modules
 * (protocol, security, displays, paths, backups, ipc/*).
 */
import { BrowserWindow, Menu, app, protocol, screen, session } from 'electron';
import path from 'node:path';
import { BackupStore } from './backups';
import { CaseKeyFiles } from './keys';
import { caseFilesFromArgv, OpenedFiles } from './openFiles';
import { windowBoundsOn } from './displays';
import { createIpcHandlers } from './handlers';
import { registerAllIpc } from './ipc/electronIpc';
import { IPC_EVENTS } from './ipc/channels';
import type { MenuAction } from '../shared/keymap/keymap';
import { buildMenuTemplate, menuLanguageFor } from './menu';
import { APP_INDEX_URL } from './origin';
import { PathPolicy } from './paths';
import { registerAppSchemePrivileged, serveAppProtocol } from './protocol';
import { hardenSession, installSecurityHandlers } from './security';
import { WallController, toDisplayInfo } from './wall';
import { consoleWindowOptions } from './windowOptions';

// Must happen before 'ready': the app:// scheme becomes a standard, secure origin (see protocol.ts).
registerAppSchemePrivileged(protocol);

// Case files opened from the file manager reach the console's import (electron/openFiles.ts).
const openedFiles = new OpenedFiles(() => {
  if (consoleWindow && !consoleWindow.isDestroyed()) consoleWindow.webContents.send(IPC_EVENTS.filesOpened);
});
/** argv: the executable, then (unpackaged) the app folder, then the files. */
const argvSkip = () => (app.isPackaged ? 1 : 2);
// macOS sends files as events, also before 'ready' (a double-click that started the app).
app.on('open-file', (event, file) => {
  event.preventDefault();
  void openedFiles.add([file]);
});
app.enableSandbox();
installSecurityHandlers(app);

const isProduction = app.isPackaged;
const isMac = process.platform === 'darwin';
/** dist/electron/main.cjs → dist/electron/preload.cjs and dist/renderer/. */
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(__dirname, '..', 'renderer');
/** How long quitting waits for in-flight backups (ms). */
const QUIT_FLUSH_TIMEOUT_MS = 5000;
/** Time for a last writeBackup sent from the closing renderer to arrive (ms). */
const QUIT_GRACE_MS = 300;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let consoleWindow: BrowserWindow | null = null;

/** Extra per-window hardening: a renderer's beforeunload may not block closing or quitting. */
function hardenWindow(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => event.preventDefault());
}

function createConsoleWindow(): BrowserWindow {
  const primary = toDisplayInfo(screen.getPrimaryDisplay());
  const win = new BrowserWindow(
    consoleWindowOptions({ preloadPath, isProduction, bounds: windowBoundsOn(primary) }),
  );
  hardenWindow(win);
  win.once('ready-to-show', () => win.show());
  // If the renderer crashes, reload it: on start it lists backups and offers a restore.
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit' && !win.isDestroyed()) void win.loadURL(APP_INDEX_URL);
  });
  win.on('closed', () => {
    consoleWindow = null;
    app.quit();
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

function start(): void {
  const userData = app.getPath('userData');
  const backups = new BackupStore({ dir: path.join(userData, 'backups') });
  const keys = new CaseKeyFiles(path.join(userData, 'keys'));
  const policy = new PathPolicy(userData);
  const language = menuLanguageFor(app.getLocale());
  const wall = new WallController({ preloadPath, isProduction, menuLanguage: language, hardenWindow });

  // On quit: close the windows (the renderer may send a last writeBackup from beforeunload /
  // pagehide), give in-flight IPC a moment, then wait for every queued backup write.
  let quitState: 'running' | 'flushing' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (quitState === 'done') return;
    event.preventDefault();
    if (quitState === 'flushing') return;
    quitState = 'flushing';
    wall.close();
    consoleWindow?.close();
    const flush = delay(QUIT_GRACE_MS).then(() => backups.flush());
    void Promise.race([flush, delay(QUIT_FLUSH_TIMEOUT_MS)]).finally(() => {
      quitState = 'done';
      app.quit();
    });
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openedFiles.add(caseFilesFromArgv(argv, { cwd: workingDirectory, skip: argvSkip() }));
    if (!consoleWindow) return;
    if (consoleWindow.isMinimized()) consoleWindow.restore();
    consoleWindow.focus();
  });

  void app.whenReady().then(async () => {
    const sendMenuAction = (action: MenuAction) =>
      BrowserWindow.getFocusedWindow()?.webContents.send(IPC_EVENTS.menuAction, action);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, isMac, sendMenuAction)));
    hardenSession(session.defaultSession);
    serveAppProtocol(protocol, rendererRoot);
    await backups.cleanupTemps();
    registerAllIpc(
      createIpcHandlers({ backups, keys, openedFiles, policy, wall, consoleWindow: () => consoleWindow }),
    );
    await openedFiles.add(caseFilesFromArgv(process.argv, { cwd: process.cwd(), skip: argvSkip() }));
    wall.watchDisplays();
    consoleWindow = createConsoleWindow();
    app.on('activate', () => {
      if (!consoleWindow) consoleWindow = createConsoleWindow();
    });
  });

  app.on('window-all-closed', () => app.quit());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('nl.levenslijn.app');
  start();
}
