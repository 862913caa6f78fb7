import { createContext, useContext } from 'react';
import type { UndoOrigin } from '@shared/commands';

const WindowOrigin = createContext<UndoOrigin>('console');

/** Says which window the views below run in (the wall sets 'wall'); commands and undo follow it. */
export const WindowOriginProvider = WindowOrigin.Provider;

/** The window this view runs in: its commands enter this window's undo history only (docs/UNDO.md). */
export function useWindowOrigin(): UndoOrigin {
  return useContext(WindowOrigin);
}
