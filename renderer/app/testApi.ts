import type { Services } from './services';
import type { WallScene } from '../canvas/sceneTypes';
import type { OpenedCaseFile } from '@shared/platform/types';
import { importCaseText } from '../views/library/caseFileIO';
import { executeCommand, executeStudyCommand, type ExecuteResult } from '../db/executor';
import { importStudyText } from '../views/study/studyFileIO';
import { STUDY_FILE_FORMAT } from '@shared/study/file';
import { createCase, createStudy } from '../db/library';
import {
  isCommandName,
  isStudyCommandName,
  refuse,
  type CommandArgs,
  type StudyCommandArgs,
} from '@shared/commands';

/**
 * A small hook for end-to-end tests and benchmarks. Only in the test build (`vite build --mode
 * test`, `__TEST_API__`): the shipped build does not contain this module at all. There it is
 * installed when the page was opened with `localStorage.levenslijnTestApi = '1'` (set by the
 * Playwright init script). Canvas
 * shapes are not in the DOM, so tests ask the wall where things are drawn.
 */
export interface TestApi {
  services: Services;
  /** Validates and imports a case file as the library's import does (used by `npm run report`). */
  /** Runs a named command as the UI does (tests set up sessions quickly this way). */
  run(caseId: string, name: string, args: unknown): Promise<ExecuteResult>;
  importCaseText(
    text: string,
  ): Promise<{ kind: 'imported'; caseId: string } | { kind: 'refused'; message: string }>;
  /** Creates a case as the library's "Nieuwe casus" does; returns its id. */
  createCase(title: string): Promise<string>;
  /**
   * Hands files to the app as the desktop shell does when they are opened from the file manager
   * (the platform's takeOpenedFiles / onFilesOpened); the app's own handling of them runs.
   */
  openFromFileManager(files: OpenedCaseFile[]): void;
  /** Runs a named study command as the study views do. */
  runStudy(studyId: string, name: string, args: unknown): Promise<ExecuteResult>;
  /** Creates a study with these cases; returns its id. */
  createStudy(name: string, caseIds: string[]): Promise<string>;
  wall?: {
    itemScreenPoint(itemId: string): { x: number; y: number } | null;
    viewport(): { x: number; zoom: number };
    /** The day (days since 1970-01-01) drawn at a screen x of the wall's lifeline, at the current viewport. */
    dayAtScreenX(screenX: number): number;
    sceneStats(): {
      cards: number;
      dots: number;
      bars: number;
      markers: number;
      zoom: number;
      widthPx: number;
    };
    /** The laid-out scene (cards, groups, labels…) the wall draws now. */
    scene(): WallScene | null;
    /** Marks the scene drawn now; later calls say whether the wall still draws that same scene. */
    markScene(): void;
    sameSceneAsMarked(): boolean;
    panBy(dxPx: number): void;
    zoomAt(factor: number, screenX: number): void;
    fitAll(): void;
  };
}

declare global {
  interface Window {
    __levenslijn?: TestApi;
  }
}

export function installTestApi(services: Services): void {
  try {
    if (window.localStorage.getItem('levenslijnTestApi') !== '1') return;
    // The browser has no file manager hand-over: the test plays the desktop shell's part.
    const opened: OpenedCaseFile[] = [];
    const openListeners = new Set<() => void>();
    Object.assign(services.platform, {
      takeOpenedFiles: async () => opened.splice(0),
      onFilesOpened: (listener: () => void) => {
        openListeners.add(listener);
        return () => void openListeners.delete(listener);
      },
    });
    window.__levenslijn = {
      services,
      openFromFileManager: (files) => {
        opened.push(...files);
        for (const l of openListeners) l();
      },
      // Tests name commands at run time: an unknown name is refused as the registry would.
      run: async (caseId, name, args) =>
        isCommandName(name)
          ? executeCommand(services.db, caseId, name, args as CommandArgs<typeof name>)
          : { ok: false, refusal: refuse('refusal.unknownCommand', { name }) },
      createCase: (title) => createCase(services.db, { title, language: 'nl' }),
      runStudy: async (studyId, name, args) =>
        isStudyCommandName(name)
          ? executeStudyCommand(services.db, studyId, name, args as StudyCommandArgs<typeof name>)
          : { ok: false, refusal: refuse('refusal.unknownCommand', { name }) },
      createStudy: (name, caseIds) => createStudy(services.db, { name, caseIds }),
      importCaseText: async (text) => {
        // A study file (with its cases) comes in the same way: the report route renders its
        // cross-case report under the study's id (`#/report/study_…`).
        if (text.slice(0, 200).includes(`"${STUDY_FILE_FORMAT}"`)) {
          const study = await importStudyText(services.db, text);
          if (study.kind === 'imported') return { kind: 'imported', caseId: study.study.id };
          if (study.kind === 'refused')
            return { kind: 'refused', message: `${study.error.code}: ${study.error.details.join('; ')}` };
          return { kind: 'refused', message: 'cancelled' };
        }
        const outcome = await importCaseText(services.db, text);
        if (outcome.kind === 'imported') return { kind: 'imported', caseId: outcome.caseRecord.id };
        if (outcome.kind === 'refused')
          return { kind: 'refused', message: `${outcome.error.code}: ${outcome.error.details.join('; ')}` };
        return { kind: 'refused', message: 'cancelled' };
      },
    };
  } catch {
    // storage may be unavailable (privacy mode): no test API then
  }
}
