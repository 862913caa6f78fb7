import type { CaseState, ItemRecord } from '@shared/model';
import { draggedDates, type DragPart } from '@shared/layout';
import type { CommandArgs } from '@shared/commands';
import { scaleOf, type ScaleInfo } from './buildScene';

/** An item being dragged on the canvas, in screen pixels since the drag started. */
export interface DragPreview {
  readonly itemId: string;
  readonly part: DragPart;
  readonly dxPx: number;
}

/** The command a finished drag stands for (move or resize), or null when nothing changes. */
export function dragToCommand(
  state: CaseState,
  info: ScaleInfo,
  drag: DragPreview,
):
  | { readonly name: 'item.move'; readonly args: CommandArgs<'item.move'> }
  | { readonly name: 'item.resize'; readonly args: CommandArgs<'item.resize'> }
  | null {
  const item = state.byId.get(drag.itemId);
  if (!item || item.type !== 'item') return null;
  const dates = draggedDates(item as ItemRecord, drag.part, drag.dxPx / info.zoom, scaleOf(state));
  if (!dates) return null;
  if (drag.part === 'body' || item.shape === 'moment')
    return { name: 'item.move' as const, args: { id: item.id, start: dates.start, end: dates.end } };
  return {
    name: 'item.resize' as const,
    args: drag.part === 'start' ? { id: item.id, start: dates.start } : { id: item.id, end: dates.end },
  };
}
