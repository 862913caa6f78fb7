import { z } from 'zod';

/** Ids say what they are: `item_…`, `lane_…`, `case_…`. */
export type IdPrefix =
  | 'case'
  | 'lane'
  | 'item'
  | 'member'
  | 'participant'
  | 'marker'
  | 'card'
  | 'sticker'
  | 'change'
  | 'group'
  | 'session'
  | 'analysis'
  | 'study'
  | 'element'
  | 'quote';

/**
 * The one id shape, the same in the browser, on the desktop (file names of backups and journals
 * are built from case ids) and in case files: the prefix, an underscore and 1–40 lowercase
 * letters or digits. `newId` makes 20 of them.
 */
export const ID_BODY_MAX = 40;
const ID_BODY = `[a-z0-9]{1,${ID_BODY_MAX}}`;

export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${prefix}_${ID_BODY}$`);
}

export const CASE_ID_RE = idPattern('case');

/**
 * A scope of the store: a case, or a study (onderzoek), whose records carry the study's id as
 * `caseId`. Both are journaled, backed up, encrypted with a key of their own and purged the same
 * way, so every store below the records (journals, backups, keys) accepts exactly these ids.
 */
export const SCOPE_ID_RE = new RegExp(`^(case|study)_${ID_BODY}$`);

export function isIdOf(prefix: IdPrefix, id: unknown): id is string {
  return typeof id === 'string' && id.length <= prefix.length + 1 + ID_BODY_MAX && idPattern(prefix).test(id);
}

/** zod schema of an id of one prefix (its message names the expected shape). */
export function idSchema(prefix: IdPrefix) {
  return z.string().regex(idPattern(prefix), `expected an id like ${prefix}_ + 1–${ID_BODY_MAX} of a–z, 0–9`);
}

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}
