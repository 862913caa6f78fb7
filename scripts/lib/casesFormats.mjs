// The outputs of several cases at once (`npm run report -- A.levenslijn B.levenslijn OUT`), by
// the output's extension, for the command line's formats table: what each is and how to render
// it (the table adds how to recognise an existing file of that kind). A study file given alone
// counts as its cases (with its name and overarching elements).
import { exportCaseFilesTo } from './exportFormats.mjs';

/**
 * `render({ files, uiLanguage, renderPdf })`: files are `{ name, text }` (the text already
 * decoded and, where encrypted, decrypted); `renderPdf(text)` renders a case or study file's
 * text through the report view and returns the PDF bytes. Throws an Error whose message names
 * the refused file.
 */
export const CASES_FORMATS = {
  pdf: {
    what: 'the cross-case report as PDF',
    render: async ({ files, uiLanguage, renderPdf }) =>
      renderPdf(new TextDecoder().decode(await casesBytes(files, 'studyFile', uiLanguage))),
  },
  docx: {
    what: 'the cross-case report as Word document',
    render: ({ files, uiLanguage }) => casesBytes(files, 'docx', uiLanguage),
  },
  xlsx: {
    what: "every case's cards in one workbook (one row per card, the case column first)",
    render: ({ files, uiLanguage }) => casesBytes(files, 'xlsx', uiLanguage),
  },
  qdpx: {
    what: 'one REFI-QDA project of all cases (ATLAS.ti, NVivo, MAXQDA, QualCoder)',
    render: ({ files, uiLanguage }) => casesBytes(files, 'qdpx', uiLanguage),
  },
};

async function casesBytes(files, format, uiLanguage) {
  const r = await exportCaseFilesTo({ files, format, uiLanguage });
  if (!r.ok) throw new Error(r.message);
  return r.bytes;
}
