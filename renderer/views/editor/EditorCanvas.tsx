import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { LifelineCanvas } from '../../canvas/LifelineCanvas';
import { OverviewStrip } from '../../canvas/OverviewStrip';
import { useLifelineView } from '../../canvas/useLifelineView';
import { useElementSize } from '../../canvas/useElementSize';
import { dragToCommand, type DragPreview } from '../../canvas/dragToCommand';
import { ViewControls } from '../../canvas/ViewControls';
import { useWallTestApi } from '../wall/useWallTestApi';
import type { Dispatch } from '@shared/commands';
import { useCanvasKeys } from '../../app/useKeyMap';

/** The lifeline on the console: tap to select, drag to move or resize, double-tap to add. */
export function EditorCanvas({
  state,
  selectedId,
  onSelect,
  dispatch,
  onAddAt,
  onDeleteSelected,
}: {
  state: CaseState;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  dispatch: Dispatch;
  onAddAt: (day: number, laneId: string | null) => void;
  onDeleteSelected: () => void;
}) {
  const { i18n } = useTranslation();
  const [hostRef, size] = useElementSize<HTMLDivElement>();
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const view = useLifelineView(state, {
    width: size.width,
    height: Math.max(0, size.height - 64),
    lang: i18n.language === 'en' ? 'en' : 'nl',
    preview,
    // Desktop sizes on the console (titles 19 px, text 16 px); the wall sizes for distance.
    unit: 0.8,
    markerRows: 2,
    reserveMarkerRows: false,
  });
  useWallTestApi(view);
  const onKeyDown = useCanvasKeys({
    ...view.keys,
    deleteSelected: () => selectedId && onDeleteSelected(),
    deselect: () => onSelect(null),
  });
  return (
    <div
      className="canvas-host"
      ref={hostRef}
      tabIndex={0}
      aria-label={state.case.title}
      onKeyDown={onKeyDown}
    >
      {size.width > 0 && view.scene && (
        <>
          <LifelineCanvas
            scene={view.scene}
            width={size.width}
            height={Math.max(0, size.height - 64)}
            viewport={view.store}
            editable
            selectedId={selectedId}
            onPan={view.panBy}
            onZoom={view.zoomAt}
            onTapItem={(id) => onSelect(id)}
            onTapEmpty={({ sceneX, laneId, double }) => {
              if (double) onAddAt(view.dayAtSceneX(sceneX), laneId);
              else onSelect(null);
            }}
            onDragPreview={(itemId, part, dx) => setPreview({ itemId, part, dxPx: dx })}
            onDragCancel={() => setPreview(null)}
            onDragCommit={(itemId, part, dx) => {
              const command = dragToCommand(state, view.scaleInfo, { itemId, part, dxPx: dx });
              setPreview(null);
              if (!command) return;
              const stored =
                command.name === 'item.move'
                  ? dispatch('item.move', command.args)
                  : dispatch('item.resize', command.args);
              void stored.then((ok) => ok && onSelect(itemId));
            }}
          />
          <OverviewStrip
            width={size.width}
            height={64}
            u={0.8}
            lengthMetres={state.case.axis.lengthMetres}
            marks={view.overviewMarks}
            years={view.overviewYears}
            viewport={view.store}
            viewWidthPx={size.width}
            onMoveTo={view.centreOn}
          />
          <ViewControls view={view} u={1} />
        </>
      )}
    </div>
  );
}
