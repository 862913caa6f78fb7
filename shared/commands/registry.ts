import type { z } from 'zod';
import { anyRecordSchema, type CaseState } from '../model/records';
import type { Patch } from '../store/patch';
import { axisUpdate, caseUpdate } from './caseCommands';
import { itemAdd, itemDelete, itemMove, itemResize, itemUpdate } from './itemCommands';
import { laneAdd, laneDelete, laneReorder, laneUpdate } from './laneCommands';
import { memberAdd, memberDelete, memberUpdate } from './memberCommands';
import {
  cardAdd,
  cardDelete,
  cardMerge,
  cardUpdate,
  markerAdd,
  markerDelete,
  markerMove,
  markerUpdate,
  participantAdd,
  participantDelete,
  participantUpdate,
  sessionRestartTimer,
  sessionSetPhase,
  sessionSetSpeaker,
  sessionSetTallies,
  stickerPlace,
  stickerRemove,
} from './sessionCommands';
import {
  sessionPauseTimeBox,
  sessionRestartTimeBox,
  sessionSetSpoken,
  sessionSetTimeBox,
  sessionSetWallFocus,
} from './steeringCommands';
import { withChangeTrail } from './changeTrail';
import {
  analysisAddCode,
  analysisAddGroup,
  analysisDeleteGroup,
  analysisGroupCard,
  analysisMoveGroup,
  analysisRenameGroup,
  analysisSetCodes,
  analysisSetFollowUp,
  analysisShowOnWall,
  analysisSetReport,
  analysisSetRecommendations,
  analysisSetSuccess,
  analysisToggleQuote,
} from './analysisCommands';
import { isRefusal, refuse, type CommandContext, type CommandDef, type CommandRefusal } from './types';

/** Every user action on a case, by name. The only place commands are listed. */
const ALL = [
  caseUpdate,
  axisUpdate,
  itemAdd,
  itemUpdate,
  itemMove,
  itemResize,
  itemDelete,
  laneAdd,
  laneUpdate,
  laneReorder,
  laneDelete,
  memberAdd,
  memberUpdate,
  memberDelete,
  participantAdd,
  participantUpdate,
  participantDelete,
  sessionSetPhase,
  sessionSetSpeaker,
  sessionSetTallies,
  sessionRestartTimer,
  sessionSetWallFocus,
  sessionSetTimeBox,
  sessionRestartTimeBox,
  sessionPauseTimeBox,
  sessionSetSpoken,
  markerAdd,
  markerUpdate,
  markerMove,
  markerDelete,
  cardAdd,
  cardUpdate,
  cardDelete,
  cardMerge,
  stickerPlace,
  stickerRemove,
  analysisSetSuccess,
  analysisAddGroup,
  analysisRenameGroup,
  analysisDeleteGroup,
  analysisMoveGroup,
  analysisGroupCard,
  analysisSetRecommendations,
  analysisToggleQuote,
  analysisSetCodes,
  analysisAddCode,
  analysisSetFollowUp,
  analysisShowOnWall,
  analysisSetReport,
] as const;

type AnyCommand = (typeof ALL)[number];
/** Every command's name: a misspelt name is a compile error at the call site. */
export type CommandName = AnyCommand['name'];
/** What a caller passes to the command `N` (defaults of its schema may be left out). */
export type CommandArgs<N extends CommandName> = z.input<Extract<AnyCommand, { name: N }>['args']>;
/**
 * How views run a command: resolves true once the change is stored, false after a refusal or
 * error (which the dispatcher has already shown). Typed by the registry, so a wrong argument
 * shape is a compile error.
 */
export type Dispatch = <N extends CommandName>(name: N, args: CommandArgs<N>) => Promise<boolean>;

export const COMMANDS: ReadonlyMap<string, CommandDef> = new Map<string, CommandDef>(
  ALL.map((c) => [c.name, c as CommandDef]),
);

export function isCommandName(name: string): name is CommandName {
  return COMMANDS.has(name);
}

export type CommandOutcome =
  | { readonly ok: true; readonly patch: Patch; readonly command: CommandDef }
  | { readonly ok: false; readonly refusal: CommandRefusal };

/**
 * Validates the arguments, runs the command and checks every record it would write. Pure: the
 * caller stores the patch (in one transaction) and records it for undo.
 */
export function runCommand(
  state: CaseState,
  name: string,
  args: unknown,
  ctx: CommandContext,
): CommandOutcome {
  const command = COMMANDS.get(name);
  if (!command) return { ok: false, refusal: refuse('refusal.unknownCommand', { name }) };
  const parsed = command.args.safeParse(args);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      refusal: refuse('refusal.invalidArgs', {
        detail: first ? `${first.path.join('.')}: ${first.message}` : '',
      }),
    };
  }
  const ran = command.run(state, parsed.data, ctx);
  if (isRefusal(ran)) return { ok: false, refusal: ran };
  const result = withChangeTrail(state, ran, ctx);
  for (const r of result.put) {
    const check = anyRecordSchema.safeParse(r);
    if (!check.success || r.caseId !== state.case.id) {
      return {
        ok: false,
        refusal: refuse('refusal.invalidArgs', {
          detail: check.success ? 'caseId' : (check.error.issues[0]?.message ?? ''),
        }),
      };
    }
  }
  return { ok: true, patch: withTouchedCase(state, result, ctx.now), command };
}

/** Every edit marks the case as updated (for "last changed" in the library). */
function withTouchedCase(state: CaseState, patch: Patch, now: number): Patch {
  if (patch.put.length === 0 && patch.remove.length === 0) return patch;
  if (patch.put.some((r) => r.type === 'case')) return patch;
  return { put: [...patch.put, { ...state.case, updatedAt: now }], remove: patch.remove };
}
