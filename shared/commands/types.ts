import type { z } from 'zod';
import type { IdPrefix } from '../model/ids';
import type { CaseState } from '../model/records';
import type { Patch } from '../store/patch';
import type { RuleViolation } from '../rules/rules';

/** What a command may use besides the state: the clock and id generation (injectable in tests). */
export interface CommandContext {
  readonly now: number;
  newId(prefix: IdPrefix): string;
}

/**
 * How a command enters undo history (after Excalidraw's capture modes):
 * - 'undoable': one undo step;
 * - 'never': not undoable (e.g. loading, settings that are not edits).
 *
 * Session steering is 'never': the phase, who has the floor, the sticker tallies shown, where
 * the wall looks, the time box and the "has spoken" ticks run the meeting; they are not edits of
 * the case. Ctrl+Z in the console takes back the last correction, marker or card, never "go
 * back a phase" or "give the floor back" — the facilitator simply steers again. For this to hold,
 * steering commands write only the session record and no undoable command writes it (an undo
 * step restores whole records, so it would rewind the steering too); a removed participant's
 * floor and ticks are dropped by the readers (speakerOf, hasSpoken) instead.
 */
export type UndoCapture = 'undoable' | 'never';

/** A refusal the user can understand: an i18n key plus values for it. */
export interface CommandRefusal {
  readonly refused: true;
  readonly reasonKey: string;
  readonly values?: Readonly<Record<string, string | number>>;
  /** For `refusal.rule`: the rule of shared/rules the change would break (its message fills `problem`). */
  readonly rule?: RuleViolation;
}

export function refuse(reasonKey: string, values?: Record<string, string | number>): CommandRefusal {
  return values ? { refused: true, reasonKey, values } : { refused: true, reasonKey };
}

export function isRefusal(x: unknown): x is CommandRefusal {
  return typeof x === 'object' && x !== null && (x as CommandRefusal).refused === true;
}

/**
 * Every user action is a named command: validated arguments in, a Patch out.
 * `run` is pure and synchronous, so it can run inside a database transaction.
 * `Name` and `Schema` stay literal so the registry can type `dispatch` end to end.
 */
export interface CommandDef<
  Name extends string = string,
  Schema extends z.ZodType = z.ZodType,
  State = CaseState,
> {
  readonly name: Name;
  /** i18n key naming the action, e.g. for "Undo: add moment". */
  readonly labelKey: string;
  readonly undo: UndoCapture;
  readonly args: Schema;
  run(state: State, args: z.output<Schema>, ctx: CommandContext): Patch | CommandRefusal;
}

export function defineCommand<const Name extends string, Schema extends z.ZodType>(
  def: CommandDef<Name, Schema>,
): CommandDef<Name, Schema> {
  return def;
}
