import { lookup, type Messages } from '../i18n';
import type { RuleViolation } from './rules';

/** The message key of a violation: `rules.<type>.<name>`, with `_<problem>` where a rule has several. */
export function ruleMessageKey(v: RuleViolation): string {
  const problem = v.values.problem;
  return `rules.${v.rule}${typeof problem === 'string' ? `_${problem}` : ''}`;
}

/** Fills `{{name}}` placeholders (outside i18next: the command line and tests). */
export function interpolate(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : all,
  );
}

/** A message from a locale, filled in; the key itself when the locale lacks it. */
export function message(
  messages: Messages,
  key: string,
  values: Readonly<Record<string, unknown>> = {},
): string {
  const template = lookup(messages, key);
  return typeof template === 'string' ? interpolate(template, values) : key;
}

/** "rule sticker.budget, sticker_x: participant … has 4 stickers …" in one language. */
export function describeViolation(messages: Messages, v: RuleViolation): string {
  return message(messages, ruleMessageKey(v), v.values);
}
