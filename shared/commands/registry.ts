import type { z } from 'zod';
import { anyRecordSchema, type CaseState } from '../model/records';
import type { Patch } from '../store/patch';
import { axisUpdate, caseUpdate } from './caseCommands';
import { itemAdd, itemDelete, itemImport, itemMove, itemResize, itemUpdate } from './itemCommands';
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
import { changeSetRaisedBy } from './changeCommands';
import {
  analysisAddCode,
  analysisAddGroup,
  analysisDeleteGroup,
  analysisDescribeGroup,
  analysisGroupCard,
  analysisMoveGroup,
  analysisRenameGroup,
  analysisSetCodes,
  analysisSetFollowUp,
  analysisShowOnWall,
  analysisSetReport,
  analysisSetRecommendations,
  analysisImportCodes,
  analysisMarkReported,
  analysisSetSuccess,
  analysisToggleCardGroup,
  quoteAdd,
  quoteDelete,
  quoteUpdate,
  reportSetSection,
} from './analysisCommands';
import { isRefusal, refuse, type CommandContext, type CommandDef, type CommandRefusal } from './types';
import {
  elementAdd,
  elementDelete,
  elementMove,
  elementSetQuote,
  elementSetSupport,
  elementUpdate,
  studyAddCase,
  studyDismissSuggestion,
  studyMoveCase,
  studyRemoveCase,
  studyUpdate,
  type StudyCommandDef,
} from '../study/commands';
import type { StudyState } from '../study/state';

/** Every user action on a case, by name. The only place commands are listed. */
const ALL = [
  caseUpdate,
  axisUpdate,
  itemAdd,
  itemUpdate,
  itemMove,
  itemResize,
  itemDelete,
  itemImport,
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
  changeSetRaisedBy,
  analysisSetSuccess,
  analysisAddGroup,
  analysisRenameGroup,
  analysisDeleteGroup,
  analysisDescribeGroup,
  analysisMoveGroup,
  analysisGroupCard,
  analysisToggleCardGroup,
  analysisSetRecommendations,
  analysisSetCodes,
  analysisAddCode,
  analysisSetFollowUp,
  analysisShowOnWall,
  analysisSetReport,
  analysisImportCodes,
  analysisMarkReported,
  reportSetSection,
  quoteAdd,
  quoteUpdate,
  quoteDelete,
] as const;

/** Every user action on a study (onderzoek), by name: they write only the study's own records. */
const STUDY_ALL = [
  studyUpdate,
  studyAddCase,
  studyRemoveCase,
  studyMoveCase,
  studyDismissSuggestion,
  elementAdd,
  elementUpdate,
  elementDelete,
  elementMove,
  elementSetSupport,
  elementSetQuote,
] as const;

type AnyCommand = (typeof ALL)[number];
type AnyStudyCommand = (typeof STUDY_ALL)[number];
export type StudyCommandName = AnyStudyCommand['name'];
export type StudyCommandArgs<N extends StudyCommandName> = z.input<
  Extract<AnyStudyCommand, { name: N }>['args']
>;
/** How the study views run a command (see Dispatch). */
export type StudyDispatch = <N extends StudyCommandName>(
  name: N,
  args: StudyCommandArgs<N>,
) => Promise<boolean>;

export const STUDY_COMMANDS: ReadonlyMap<string, StudyCommandDef> = new Map<string, StudyCommandDef>(
  STUDY_ALL.map((c) => [c.name, c as unknown as StudyCommandDef]),
);

export function isStudyCommandName(name: string): name is StudyCommandName {
  return STUDY_COMMANDS.has(name);
}
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

export type CommandOutcome<State = CaseState> =
  | { readonly ok: true; readonly patch: Patch; readonly command: CommandDef<string, z.ZodType, State> }
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
  if (!parsed.success) return { ok: false, refusal: invalidArgs(parsed.error.issues[0]) };
  const ran = command.run(state, parsed.data, ctx);
  if (isRefusal(ran)) return { ok: false, refusal: ran };
  const result = withChangeTrail(state, ran, ctx);
  const invalid = invalidRecord(result, state.case.id);
  if (invalid) return { ok: false, refusal: invalid };
  return { ok: true, patch: withTouchedCase(state, result, ctx.now), command };
}

/** Validates the arguments, runs a study command and checks every record it would write (pure). */
export function runStudyCommand(
  state: StudyState,
  name: string,
  args: unknown,
  ctx: CommandContext,
): CommandOutcome<StudyState> {
  const command = STUDY_COMMANDS.get(name);
  if (!command) return { ok: false, refusal: refuse('refusal.unknownCommand', { name }) };
  const parsed = command.args.safeParse(args);
  if (!parsed.success) return { ok: false, refusal: invalidArgs(parsed.error.issues[0]) };
  const ran = command.run(state, parsed.data, ctx);
  if (isRefusal(ran)) return { ok: false, refusal: ran };
  const invalid = invalidRecord(ran, state.study.id);
  if (invalid) return { ok: false, refusal: invalid };
  return { ok: true, patch: ran, command };
}

function invalidArgs(first: { path: PropertyKey[]; message: string } | undefined): CommandRefusal {
  return refuse('refusal.invalidArgs', {
    detail: first ? `${first.path.map(String).join('.')}: ${first.message}` : '',
  });
}

/** A record a command would write that is not valid, or belongs to another scope (case or study). */
function invalidRecord(patch: Patch, scopeId: string): CommandRefusal | null {
  for (const r of patch.put) {
    const check = anyRecordSchema.safeParse(r);
    if (!check.success || r.caseId !== scopeId)
      return refuse('refusal.invalidArgs', {
        detail: check.success ? 'caseId' : (check.error.issues[0]?.message ?? ''),
      });
  }
  return null;
}

/** Every edit marks the case as updated (for "last changed" in the library). */
function withTouchedCase(state: CaseState, patch: Patch, now: number): Patch {
  if (patch.put.length === 0 && patch.remove.length === 0) return patch;
  if (patch.put.some((r) => r.type === 'case')) return patch;
  return { put: [...patch.put, { ...state.case, updatedAt: now }], remove: patch.remove };
}
