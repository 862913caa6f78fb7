import type { TFunction } from 'i18next';
import { JournalWriteError } from '../db/journal';
import type { CommandRefusal } from '@shared/commands';
import type { CaseFileError } from '@shared/file';
import { ruleMessageKey, type RuleViolation } from '@shared/rules';

/** The one way an unexpected error becomes a message for the user (a full disk gets its own). */
export function errorMessage(t: TFunction, err: unknown): string {
  if (err instanceof JournalWriteError) return t(err.messageKey, { message: reason(err.cause) });
  return t('app.errorDetail', { message: reason(err) });
}

function reason(err: unknown): string {
  return String((err as Error)?.message ?? err);
}

/** A broken rule's own message, in the interface language (fills `problem` of the messages that name a rule). */
function ruleProblem(t: TFunction, rule: RuleViolation | undefined): string {
  return rule ? t(ruleMessageKey(rule), rule.values) : '';
}

/** What a refused command says to the user. */
export function refusalMessage(t: TFunction, refusal: CommandRefusal): string {
  return t(refusal.reasonKey, { ...refusal.values, problem: ruleProblem(t, refusal.rule) });
}

/** Why a case file was refused. */
export function fileErrorMessage(t: TFunction, error: CaseFileError): string {
  return t(error.messageKey, { ...error.values, problem: ruleProblem(t, error.rule) });
}
