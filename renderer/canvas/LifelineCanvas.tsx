import { memo } from 'react';
import type { WallScene } from './sceneTypes';
import type { ViewportStore } from './viewportStore';
import { useLatest } from '../app/useLatest';
import { useStripImages } from './useStripImages';
import { usePointerGestures, type CanvasCallbacks } from './usePointerGestures';
import { SelectionOverlay } from './SelectionOverlay';
import { LaneBands, LaneLabels } from './LaneLabels';

export type { CanvasCallbacks } from './usePointerGestures';

export interface LifelineCanvasProps extends CanvasCallbacks {
  readonly scene: WallScene;
  readonly width: number;
  readonly height: number;
  readonly viewport: ViewportStore;
  readonly editable: boolean;
  readonly selectedId: string | null;
}

/**
 * The lifeline, from the bottom up: the lanes' bands (page boxes), the strips' still images of the
 * markers and of the shapes (useStripImages: painted once, moved by CSS while panning), the
 * selected item (SelectionOverlay) and the lane names (LaneLabels, page text). Pointer and wheel
 * input becomes pans, zooms, taps and drags in usePointerGestures.
 */
export function LifelineCanvas(props: LifelineCanvasProps) {
  // The callbacks change with every render of the caller; the canvas reads the latest through
  // this ref, so it re-renders only when what it draws changes (not for a sticker or a card).
  const callbacks = useLatest<CanvasCallbacks>(props);
  const { scene, width, height, viewport, editable, selectedId } = props;
  return (
    <LifelineStage
      scene={scene}
      width={width}
      height={height}
      viewport={viewport}
      editable={editable}
      selectedId={selectedId}
      callbacks={callbacks}
    />
  );
}

type StageProps = Omit<LifelineCanvasProps, keyof CanvasCallbacks> & {
  readonly callbacks: { readonly current: CanvasCallbacks };
};

const LifelineStage = memo(function LifelineStage(props: StageProps) {
  const { scene, width, height, viewport, editable, selectedId, callbacks } = props;
  const { shapeHost, markerHost } = useStripImages(scene, width, viewport);
  const gestures = usePointerGestures(scene, viewport, editable, callbacks);
  return (
    <div
      className="lifeline-canvas"
      style={{ width, height, touchAction: 'none', position: 'relative', overflow: 'hidden' }}
      {...gestures}
      data-testid="lifeline-canvas"
    >
      <LaneBands scene={scene} />
      <div style={{ position: 'absolute', inset: 0, overflow: 'hidden' }}>
        {/* Markers under the shapes: a marker's pin passes behind the cards, never over a title. */}
        <div ref={markerHost} className="lifeline-marker-strips" style={STRIPS_HOST} />
        <div ref={shapeHost} className="lifeline-strips" style={STRIPS_HOST} />
      </div>
      <SelectionOverlay
        scene={scene}
        width={width}
        height={height}
        viewport={viewport}
        selectedId={selectedId}
      />
      <LaneLabels scene={scene} />
    </div>
  );
});

const STRIPS_HOST: React.CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  transformOrigin: '0 0',
  willChange: 'transform',
};
