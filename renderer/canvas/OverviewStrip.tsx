import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewportStore } from './viewportStore';
import { WALL } from './palette';
import { usePixelRatio } from './usePixelRatio';

export interface OverviewMark {
  /** Metres from the lifeline start. */
  readonly x0: number;
  readonly x1: number;
  readonly colour: string;
  readonly row: number;
}

/**
 * The whole lifeline in miniature with the visible part framed. Drag the frame (or anywhere)
 * to move the view; it is a plain 2D canvas, redrawn only when the view moves.
 */
export function OverviewStrip({
  width,
  height,
  lengthMetres,
  marks,
  years,
  viewport,
  viewWidthPx,
  onMoveTo,
  u,
}: {
  width: number;
  height: number;
  lengthMetres: number;
  marks: readonly OverviewMark[];
  years: readonly { x: number; label: string }[];
  viewport: ViewportStore;
  viewWidthPx: number;
  /** Centre the view on this metre. */
  onMoveTo: (centreMetres: number) => void;
  u: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const pad = 12 * u;
  const scale = (width - pad * 2) / lengthMetres;

  // The strip's content is drawn once per data/size change into an offscreen canvas; moving the
  // view only copies it and draws the frame.
  const dpr = usePixelRatio();
  const base = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    const ctx = canvas.getContext('2d');
    if (!ctx) return canvas;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#eceae4';
    ctx.fillRect(0, 0, width, height);
    // year labels above the line, the items as short dashes in rows below it (moments, then each lane)
    const lineY = Math.max(height * 0.38, 30 * u);
    ctx.fillStyle = WALL.axis;
    ctx.fillRect(pad, lineY - 1.5 * u, width - pad * 2, 3 * u);
    const rowsBelow = 1 + Math.max(0, ...marks.map((mark) => mark.row));
    const pitch = Math.min(5 * u, (height - lineY - 6 * u) / rowsBelow);
    for (const mark of marks) {
      ctx.fillStyle = mark.colour;
      const x0 = pad + mark.x0 * scale;
      const w = Math.max(2 * u, (mark.x1 - mark.x0) * scale);
      ctx.fillRect(x0, lineY + 4 * u + mark.row * pitch, w, Math.max(2, pitch - u));
    }
    ctx.fillStyle = WALL.ink;
    ctx.font = `bold ${Math.round(20 * u)}px 'Atkinson Hyperlegible', sans-serif`;
    ctx.textAlign = 'center';
    let lastRight = -Infinity;
    for (const y of years) {
      const w = ctx.measureText(y.label).width;
      // (the first and last labels stay inside the strip)
      const x = Math.min(width - w / 2 - 2 * u, Math.max(w / 2 + 2 * u, pad + y.x * scale));
      if (x - w / 2 < lastRight + 8 * u) continue;
      ctx.fillText(y.label, x, lineY - 6 * u);
      lastRight = x + w / 2;
    }
    return canvas;
  }, [width, height, marks, years, scale, pad, u, dpr]);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    canvas.width = base.width;
    canvas.height = base.height;
    canvas.getContext('2d')?.drawImage(base, 0, 0);
  }, [base]);

  // The visible part of the lifeline: a frame moved with CSS, so panning redraws no canvas.
  const frameRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const place = () => {
      const frame = frameRef.current;
      if (!frame) return;
      const v = viewport.get();
      const vx = pad + v.x * scale;
      const vw = Math.max(6 * u, (viewWidthPx / v.zoom) * scale);
      frame.style.transform = `translateX(${vx}px)`;
      frame.style.width = `${vw}px`;
      ref.current?.setAttribute('aria-valuenow', String(Math.round(v.x * 100)));
    };
    place();
    return viewport.subscribe(place);
  }, [viewport, pad, scale, u, viewWidthPx]);

  const moveTo = (clientX: number, el: HTMLElement) => {
    const x = clientX - el.getBoundingClientRect().left;
    onMoveTo(Math.min(lengthMetres, Math.max(0, (x - pad) / scale)));
  };

  return (
    <div style={{ position: 'relative', width, height }}>
      <canvas
        ref={ref}
        className="overview-strip"
        role="slider"
        aria-label={t('wall.overview')}
        aria-valuemin={0}
        aria-valuemax={Math.round(lengthMetres * 100)}
        tabIndex={-1}
        style={{ width, height, touchAction: 'none', display: 'block' }}
        data-testid="overview-strip"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          moveTo(e.clientX, e.currentTarget);
        }}
        onPointerMove={(e) => {
          if (e.buttons || e.pointerType === 'touch') moveTo(e.clientX, e.currentTarget);
        }}
      />
      <div
        ref={frameRef}
        aria-hidden="true"
        style={{
          position: 'absolute',
          left: 0,
          top: 2 * u,
          height: height - 4 * u,
          boxSizing: 'border-box',
          border: `${3 * u}px solid ${WALL.selection}`,
          background: 'rgb(31 95 139 / 18%)',
          pointerEvents: 'none',
          willChange: 'transform',
        }}
      />
    </div>
  );
}
