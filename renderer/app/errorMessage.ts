import type { TFunction } from 'i18next';
import { JournalWriteError } from '../db/journal';

/** The one way an unexpected error becomes a message for the user (a full disk gets its own). */
export function errorMessage(t: TFunction, err: unknown): string {
  if (err instanceof JournalWriteError) return t(err.messageKey, { message: reason(err.cause) });
  return t('app.errorDetail', { message: reason(err) });
}

function reason(err: unknown): string {
  return String((err as Error)?.message ?? err);
}
