/** The only place the main process touches ipcMain directly. */
import { ipcMain } from 'electron';
import { registerIpcHandlers, type IpcHandlers } from './register';

export function registerAllIpc(handlers: IpcHandlers): void {
  registerIpcHandlers(ipcMain, handlers);
}
