import { buildCaseState, newId, type AnyRecord, type CaseState, type Language } from '../model';
import { parseCaseFile } from '../file/caseFile';
import { isStudyFileText, parseStudyFile, serializeStudy } from '../study/file';
import { buildStudyState, createStudyRecords, type StudyState } from '../study/state';
import { translator } from '../i18n/translate';
import { LOCALES } from '../i18n';
import { describeViolation } from '../rules';
import type { CaseFileError } from '../file/format';
import { buildCrossCaseDocument } from '../crosscase/document';
import { buildRefiProject, qdpxBytes } from '../refi';
import { reportDocx, type DocxOptions } from './docx';
import { cardsXlsx } from './sheets';

/**
 * Several cases at once (the command line's `npm run report -- A.levenslijn B.levenslijn OUT`):
 * the case files (or one study file) are checked and migrated as on import and gathered into a
 * study, which exports as the cross-case report (DOCX; the PDF is rendered from the study file
 * by the report view), a workbook of every case's cards, or a REFI-QDA project.
 */
export type CasesFormat = 'docx' | 'xlsx' | 'qdpx' | 'studyFile';

export interface InputFile {
  /** What the user called it (the path on the command line), for messages. */
  readonly name: string;
  readonly text: string;
}

export interface GatheredStudy {
  readonly study: StudyState;
  readonly studyRecords: readonly AnyRecord[];
  readonly caseRecords: readonly (readonly AnyRecord[])[];
}

export type Refusal = { readonly ok: false; readonly message: string; readonly details: readonly string[] };

const MAX_CASE_BYTES = 20 * 1024 * 1024;

/**
 * Case files → a study of them, in the order given (named "Comparison of N cases" in the cases'
 * common language, else the UI's). One study file alone → that study, with its elements. Refused,
 * with a message naming the file: a file that is no case, a study file among other files, the
 * same case twice.
 */
export function gatherStudy(
  files: readonly InputFile[],
  opts: { readonly uiLanguage: Language; readonly now: number; readonly maxBytes?: number },
): ({ readonly ok: true } & GatheredStudy) | Refusal {
  const t = translator(opts.uiLanguage);
  const maxBytes = opts.maxBytes ?? MAX_CASE_BYTES;
  const refuse = (file: string, message: string, details: readonly string[] = []): Refusal => ({
    ok: false,
    message: t('cli.fileRefused', { file, message }),
    details,
  });
  if (files.length === 0) return { ok: false, message: t('cli.noFiles'), details: [] };
  const studyFiles = files.filter((f) => isStudyFileText(f.text));
  if (studyFiles.length > 0) {
    if (files.length > 1) return refuse(studyFiles[0]!.name, t('cli.studyFileAlone'));
    const parsed = parseStudyFile(files[0]!.text, { maxBytes: maxBytes * 5 });
    if (!parsed.ok)
      return refuse(files[0]!.name, errorText(parsed.error, opts.uiLanguage), parsed.error.details);
    const states = parsed.cases.map((records) => buildCaseState(records));
    return {
      ok: true,
      study: buildStudyState(parsed.records, states),
      studyRecords: parsed.records,
      caseRecords: parsed.cases,
    };
  }
  const caseRecords: AnyRecord[][] = [];
  const states: CaseState[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parseCaseFile(file.text, { maxBytes });
    if (!parsed.ok) return refuse(file.name, errorText(parsed.error, opts.uiLanguage), parsed.error.details);
    const state = buildCaseState(parsed.records);
    const earlier = seen.get(state.case.id);
    if (earlier) return refuse(file.name, t('cli.sameCase', { other: earlier, title: state.case.title }));
    seen.set(state.case.id, file.name);
    caseRecords.push(parsed.records);
    states.push(state);
  }
  const languages = new Set(states.map((s) => s.case.language));
  const language: Language = languages.size === 1 ? [...languages][0]! : opts.uiLanguage;
  const studyRecords = createStudyRecords(
    {
      name: translator(language)('crossReport.defaultTitle', { count: states.length }),
      caseIds: states.map((s) => s.case.id),
      language,
    },
    { now: opts.now, newId },
  );
  return { ok: true, study: buildStudyState(studyRecords, states), studyRecords, caseRecords };
}

/** Why a file was refused, with the broken rule where there is one (as the app's import says it). */
function errorText(error: CaseFileError, lang: Language): string {
  const problem = error.rule ? describeViolation(LOCALES[lang], error.rule) : '';
  return translator(lang)(error.messageKey, { ...error.values, problem });
}

export interface CasesExportOptions {
  /** Headers and values of the workbook (the UI's language); the report follows the study. */
  readonly uiLanguage: Language;
  readonly now: number;
  readonly appVersion: string;
  readonly font?: DocxOptions['font'];
}

/** A gathered study in a format, as bytes (the study file as UTF-8 text, for the PDF renderer). */
export async function exportGathered(
  gathered: GatheredStudy,
  format: CasesFormat,
  opts: CasesExportOptions,
): Promise<Uint8Array> {
  const { study } = gathered;
  switch (format) {
    case 'docx':
      return crossCaseDocx(study, opts);
    case 'xlsx':
      return cardsXlsx(study.cases, opts.uiLanguage, study.study.name);
    case 'qdpx':
      return qdpxBytes(
        buildRefiProject({
          name: study.study.name,
          cases: study.cases,
          study,
          lang: study.study.language,
          now: opts.now,
          appVersion: opts.appVersion,
        }),
        new Date(opts.now),
      );
    case 'studyFile':
      return new TextEncoder().encode(
        serializeStudy(gathered.studyRecords, gathered.caseRecords, {
          appVersion: opts.appVersion,
          now: new Date(opts.now),
        }),
      );
  }
}

/** The cross-case report as a Word document (in the study's language). */
export function crossCaseDocx(
  study: StudyState,
  opts: { readonly now: number; readonly font?: DocxOptions['font'] },
): Promise<Uint8Array> {
  const doc = buildCrossCaseDocument(study, study.study.language, opts.now);
  return reportDocx(doc, {
    // The cross-case report has no drawings; a tree would be a programming error.
    rasterise: () => Promise.reject(new Error('crossCaseDocx: the cross-case report has no drawings')),
    ...(opts.font ? { font: opts.font } : {}),
  });
}

/** Files in, bytes out (or a refusal with a message): what the command line calls. */
export async function exportCaseFiles(
  files: readonly InputFile[],
  format: CasesFormat,
  opts: CasesExportOptions & { readonly maxBytes?: number },
): Promise<{ readonly ok: true; readonly bytes: Uint8Array; readonly caseCount: number } | Refusal> {
  const gathered = gatherStudy(files, opts);
  if (!gathered.ok) return gathered;
  return {
    ok: true,
    bytes: await exportGathered(gathered, format, opts),
    caseCount: gathered.study.cases.length,
  };
}
