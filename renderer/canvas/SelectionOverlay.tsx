import { useCallback, useLayoutEffect, useRef } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import type { WallScene } from './sceneTypes';
import type { ViewportStore } from './viewportStore';
import { paintBar, paintCard, type Paint2D } from './paint';

/**
 * The selected item (the editor's and console's lifeline), painted highlighted on a Konva stage
 * over the strips and moved with the view. Nothing is drawn, and no layer redrawn, when nothing is
 * selected: every redrawn layer is a whole-screen bitmap the browser copies and composites again.
 */
export function SelectionOverlay(props: {
  scene: WallScene;
  width: number;
  height: number;
  viewport: ViewportStore;
  selectedId: string | null;
}) {
  const { scene, width, height, viewport, selectedId } = props;
  const layerRef = useRef<Konva.Layer>(null);
  const m = scene.metrics;
  const card = selectedId ? scene.cards.find((c) => c.itemId === selectedId) : undefined;
  const bar = selectedId ? scene.bars.find((b) => b.itemId === selectedId) : undefined;
  const visible = !!(card || bar);

  const follow = useCallback(() => {
    const layer = layerRef.current;
    if (!layer || !layer.visible()) return;
    const vp = viewport.get();
    layer.x(-vp.x * vp.zoom);
    layer.scaleX(vp.zoom / scene.zoom);
    layer.batchDraw();
  }, [viewport, scene.zoom]);
  useLayoutEffect(() => {
    follow();
    return viewport.subscribe(follow);
  }, [viewport, follow, visible, card, bar]);

  const paint = (ctx: Paint2D) => {
    if (bar) paintBar(ctx, bar, m, true);
    if (card) paintCard(ctx, card, m, true);
  };
  return (
    <Stage width={width} height={height} listening={false} style={{ position: 'absolute', left: 0, top: 0 }}>
      <Layer ref={layerRef} listening={false} visible={visible}>
        <Shape
          listening={false}
          perfectDrawEnabled={false}
          sceneFunc={(context) => paint((context as unknown as { _context: Paint2D })._context)}
        />
      </Layer>
    </Stage>
  );
}
