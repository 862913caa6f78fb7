import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { useCaseState } from '../../db/hooks';
import { LifelineCanvas } from '../../canvas/LifelineCanvas';
import { OverviewStrip } from '../../canvas/OverviewStrip';
import { useLifelineView } from '../../canvas/useLifelineView';
import { useElementSize } from '../../canvas/useElementSize';
import { wallUnit } from '../../canvas/buildScene';
import { TrueSizeDialog } from './TrueSizeDialog';
import { useWallTestApi } from './useWallTestApi';

/**
 * The wall: the lifeline large and calm for the projector or touch screen. Only looking and
 * participant actions here: no settings, no deleting, no other cases.
 */
export function WallView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const state = useCaseState(caseId);
  useEffect(() => {
    document.title = state ? `${state.case.title} · ${t('app.name')}` : t('app.name');
  }, [state, t]);
  if (state === undefined) return <div className="wall"><p className="wall-message">{t('app.loading')}</p></div>;
  if (state === null) return <div className="wall"><p className="wall-message">{t('wall.notFound')}</p></div>;
  return <Wall state={state} />;
}

function Wall({ state }: { state: CaseState }) {
  const { t, i18n } = useTranslation();
  const [hostRef, size] = useElementSize<HTMLDivElement>();
  const u = wallUnit(size.width, size.height);
  const stripHeight = Math.round(72 * u);
  const headerHeight = Math.round(84 * u);
  const canvasHeight = Math.max(0, size.height - stripHeight - headerHeight);
  const [trueSizeOpen, setTrueSizeOpen] = useState(false);
  const view = useLifelineView(state, {
    width: size.width,
    height: canvasHeight,
    lang: i18n.language === 'en' ? 'en' : 'nl',
    preview: null,
    wall: true,
  });
  useWallTestApi(view);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (view.onKey(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);

  return (
    <div className="wall" style={{ ['--u' as string]: u }} ref={hostRef} data-testid="wall">
      <header className="wall-header" style={{ height: headerHeight }}>
        <h1 className="wall-title" dir="auto">
          {state.case.title}
        </h1>
        <div className="wall-controls">
          <span className="wall-zoom-label" data-testid="zoom-label">
            {t('wall.zoom', { percent: view.zoomPercent })}
          </span>
          <button type="button" onClick={() => view.zoomCentre(1 / 1.5)} aria-label={t('wall.zoomOut')}>
            −
          </button>
          <button type="button" onClick={() => view.zoomCentre(1.5)} aria-label={t('wall.zoomIn')}>
            +
          </button>
          <button type="button" onClick={view.fitAll}>
            {t('wall.fitAll')}
          </button>
          <button type="button" onClick={() => setTrueSizeOpen(true)}>
            {t('wall.trueSize')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen();
              else void document.documentElement.requestFullscreen?.().catch(() => undefined);
            }}
          >
            {t('wall.fullscreen')}
          </button>
        </div>
      </header>
      {size.width > 0 && view.scene && (
        <>
          <div className="wall-canvas">
            <LifelineCanvas
              scene={view.scene}
              width={size.width}
              height={canvasHeight}
              viewport={view.store}
              ticksFor={view.ticksFor}
              editable={false}
              selectedId={null}
              onPan={view.panBy}
              onZoom={view.zoomAt}
            />
          </div>
          <OverviewStrip
            width={size.width}
            height={stripHeight}
            u={u}
            lengthMetres={state.case.axis.lengthMetres}
            marks={view.overviewMarks}
            years={view.overviewYears}
            viewport={view.store}
            viewWidthPx={size.width}
            onMoveTo={view.centreOn}
          />
        </>
      )}
      {trueSizeOpen && (
        <TrueSizeDialog
          lengthMetres={state.case.axis.lengthMetres}
          screenWidthPx={size.width}
          onCancel={() => setTrueSizeOpen(false)}
          onApply={(cm) => {
            setTrueSizeOpen(false);
            view.setTrueSize(cm);
          }}
        />
      )}
    </div>
  );
}
