// The parts of shared/ the command line uses, bundled for Node by scripts/lib/shared.mjs: the
// same importer, rules, messages and report model as the app.
export {
  parseCaseFile,
  decodeFileBytes,
  isEncryptedFile,
  decryptFileText,
  CASE_FILE_EXTENSION,
} from '../../shared/file';
export type { CaseFileError } from '../../shared/file';
export { LOCALES } from '../../shared/i18n';
export { describeViolation, message } from '../../shared/rules';
export { withPdfInfo } from '../../shared/report/pdfInfo';
