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
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ALL: readonly CommandDef<any>[] = [
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
];

export const COMMANDS: ReadonlyMap<string, CommandDef<unknown>> = new Map(ALL.map((c) => [c.name, c]));

export type CommandOutcome =
  | { readonly ok: true; readonly patch: Patch; readonly command: CommandDef<unknown> }
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
