/**
 * zod schemas for the arguments of every IPC channel. The main process trusts nothing the
 * renderer sends: each handler receives only what these schemas produce.
 */
import { z } from 'zod';
import type { IpcArgs, IpcName } from './channels';
import { CASE_ID_RE } from '../backups';

export const MAX_DATA_BYTES = 50 * 1024 * 1024;
export const MAX_NAME_CHARS = 200;
export const EXTENSION_RE = /^[a-z0-9]{1,10}$/;
export const BACKUP_FILE_RE = /^(case|study)_[a-z0-9]{1,40}-\d{1,16}\.levenslijn$/;

/** A file name offered in a dialog: no folders, no control characters. */
export const fileNameSchema = z
  .string()
  .min(1, 'name is empty')
  .max(MAX_NAME_CHARS, `name is longer than ${MAX_NAME_CHARS} characters`)
  .refine((s) => !/[\\/]/.test(s), 'name must not contain a folder separator')
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'name must not contain control characters')
  .refine((s) => s !== '.' && s !== '..', 'name must not be . or ..');

export const extensionsSchema = z
  .array(z.string().regex(EXTENSION_RE, 'extension must match /^[a-z0-9]{1,10}$/'))
  .min(1, 'at least one extension')
  .max(20, 'at most 20 extensions');

const textDataSchema = z
  .string()
  .refine(
    (s) => s.length <= MAX_DATA_BYTES && Buffer.byteLength(s, 'utf8') <= MAX_DATA_BYTES,
    'data exceeds 50 MB',
  );

const bytesDataSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_DATA_BYTES, 'data exceeds 50 MB');

export const caseIdSchema = z.string().regex(CASE_ID_RE, 'caseId must match /^(case|study)_[a-z0-9]{1,40}$/');

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  mimeType: z.string().min(1).max(MAX_NAME_CHARS),
  data: z.union([textDataSchema, bytesDataSchema]),
  extensions: extensionsSchema,
});

export const openFileRequestSchema = z.strictObject({
  extensions: extensionsSchema,
  maxBytes: z.number().int().positive().max(MAX_DATA_BYTES),
});

export const printReportRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  title: z.string().max(400),
  author: z.string().max(400),
});

export const ipcSchemas = {
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
  openWall: z.tuple([caseIdSchema]),
  writeBackup: z.tuple([caseIdSchema, textDataSchema]),
  listBackups: z.tuple([]),
  deleteBackups: z.tuple([caseIdSchema]),
  appendJournal: z.tuple([
    caseIdSchema,
    textDataSchema.refine(
      (s) => s.endsWith('\n') && s.indexOf('\n') === s.length - 1,
      'one line ending in a newline',
    ),
  ]),
  readJournal: z.tuple([caseIdSchema]),
  readBackup: z.tuple([z.string().max(MAX_NAME_CHARS).regex(BACKUP_FILE_RE, 'not a backup file name')]),
  printReportToPdf: z.tuple([printReportRequestSchema]),
  listCaseKeys: z.tuple([]),
  saveCaseKey: z.tuple([
    caseIdSchema,
    z.instanceof(Uint8Array).refine((k) => k.byteLength === 32, 'a case key has 32 bytes'),
  ]),
  destroyCaseKey: z.tuple([caseIdSchema]),
  takeOpenedFiles: z.tuple([]),
} satisfies { [K in IpcName]: z.ZodType<IpcArgs<K>> };

export class IpcArgumentError extends Error {
  constructor(channel: string, detail: string) {
    super(`Invalid arguments for IPC channel "${channel}": ${detail}`);
    this.name = 'IpcArgumentError';
  }
}

/** Parses the raw argument list of `name`; throws IpcArgumentError with a readable message. */
export function parseIpcArgs<K extends IpcName>(name: K, raw: unknown[]): IpcArgs<K> {
  const schema = ipcSchemas[name] as unknown as z.ZodType<IpcArgs<K>>;
  const result = schema.safeParse(raw);
  if (!result.success) {
    const detail = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? i.path.join('.') : '(args)'}: ${i.message}`)
      .join('; ');
    throw new IpcArgumentError(name, detail);
  }
  return result.data;
}
