import { crossCaseDocx } from '@shared/export';
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
