/**
 * Preload (sandboxed, context-isolated). Exposes exactly one object, `window.levenslijnPlatform`,
 * implementing the renderer's Platform contract plus the desktop-only extras. Every method is a
 * thin ipcRenderer.invoke on a channel from the shared table; ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS, type DesktopPlatform } from './ipc/channels';
import { isMenuAction } from '../shared/keymap/keymap';

const api: DesktopPlatform = {
  kind: 'electron',
  saveFile: (req) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, req),
  openFile: (req) => ipcRenderer.invoke(IPC_CHANNELS.openFile, req),
  openWall: (caseId) => ipcRenderer.invoke(IPC_CHANNELS.openWall, caseId),
  writeBackup: (caseId, json) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, caseId, json),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  deleteBackups: (caseId) => ipcRenderer.invoke(IPC_CHANNELS.deleteBackups, caseId),
  readBackup: (file) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, file),
  appendJournal: (caseId, line) => ipcRenderer.invoke(IPC_CHANNELS.appendJournal, caseId, line),
  readJournal: (caseId) => ipcRenderer.invoke(IPC_CHANNELS.readJournal, caseId),
  printReportToPdf: (req) => ipcRenderer.invoke(IPC_CHANNELS.printReportToPdf, req),
  listCaseKeys: () => ipcRenderer.invoke(IPC_CHANNELS.listCaseKeys),
  saveCaseKey: (caseId, key) => ipcRenderer.invoke(IPC_CHANNELS.saveCaseKey, caseId, key),
  destroyCaseKey: (caseId) => ipcRenderer.invoke(IPC_CHANNELS.destroyCaseKey, caseId),
  takeOpenedFiles: () => ipcRenderer.invoke(IPC_CHANNELS.takeOpenedFiles),
  onFilesOpened: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(IPC_EVENTS.filesOpened, handler);
    return () => void ipcRenderer.removeListener(IPC_EVENTS.filesOpened, handler);
  },
  onMenuAction: (listener) => {
    const handler = (_event: unknown, action: unknown) => {
      if (isMenuAction(action)) listener(action);
    };
    ipcRenderer.on(IPC_EVENTS.menuAction, handler);
    return () => void ipcRenderer.removeListener(IPC_EVENTS.menuAction, handler);
  },
};

contextBridge.exposeInMainWorld('levenslijnPlatform', Object.freeze(api));
