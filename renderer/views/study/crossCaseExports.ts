import { crossCaseDocx } from '@shared/export';
import { cardsXlsx } from '@shared/export/sheets';
import type { Language } from '@shared/model';
import type { Platform, SaveFileResult } from '@shared/platform/types';
import type { StudyState } from '@shared/study/state';
import { bundledFont, MIME } from '../report/exports';
import { studyFileName } from './studyFileIO';

/** Saves the cross-case report as a Word document (the same document model as its PDF). */
export async function saveCrossCaseDocx(platform: Platform, study: StudyState): Promise<SaveFileResult> {
  const data = await crossCaseDocx(study, { now: Date.now(), font: await bundledFont() });
  return platform.saveFile({
    suggestedName: studyFileName(study.study.name, 'docx'),
    mimeType: MIME.docx,
    data,
    extensions: ['docx'],
  });
}

/** Saves every case's cards in one workbook (one row per card, the case column first). */
export async function saveStudyCardsXlsx(
  platform: Platform,
  study: StudyState,
  uiLanguage: Language,
): Promise<SaveFileResult> {
  const data = await cardsXlsx(study.cases, uiLanguage, study.study.name);
  const suffix = uiLanguage === 'nl' ? ' - kaartjes' : ' - cards';
  return platform.saveFile({
    suggestedName: studyFileName(`${study.study.name}${suffix}`, 'xlsx'),
    mimeType: MIME.xlsx,
    data,
    extensions: ['xlsx'],
  });
}
