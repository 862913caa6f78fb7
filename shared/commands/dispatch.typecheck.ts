/**
 * Type-level checks of the command registry, run by `npm run typecheck` (never executed): each
 * `@ts-expect-error` line must fail to compile, so a misspelt command or a wrong argument shape
 * at a call site is a compile error, not a refusal at run time.
 */
import type { CommandArgs, CommandName, Dispatch } from './registry';

declare const dispatch: Dispatch;

export function typeChecks(): void {
  // Correct calls compile; schema defaults may be left out.
  void dispatch('item.update', { id: 'item_1', title: 'Verhuizing' });
  void dispatch('session.setPhase', { phase: 2 });

  // @ts-expect-error a misspelt command name
  void dispatch('item.updaet', { id: 'item_1' });
  // @ts-expect-error a field the command does not take
  void dispatch('item.update', { id: 'item_1', titel: 'Verhuizing' });
  // @ts-expect-error a field of the wrong type
  void dispatch('item.update', { id: 'item_1', title: 42 });
  // @ts-expect-error a required field left out
  void dispatch('lane.reorder', { id: 'lane_1' });
  // @ts-expect-error a phase that does not exist
  void dispatch('session.setPhase', { phase: 7 });

  const name: CommandName = 'sticker.place';
  const args: CommandArgs<'sticker.place'> = { cardId: 'card_1', participantId: 'participant_1' };
  void dispatch(name, args);
}
