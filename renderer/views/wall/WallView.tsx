import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { useCaseState } from '../../db/hooks';
import { LifelineCanvas } from '../../canvas/LifelineCanvas';
import { OverviewStrip } from '../../canvas/OverviewStrip';
import { useLifelineView } from '../../canvas/useLifelineView';
import { useElementSize } from '../../canvas/useElementSize';
import { wallUnit } from '../../canvas/buildScene';
import { WallTree } from './WallTree';
import { TrueSizeDialog } from './TrueSizeDialog';
import { useWallTestApi } from './useWallTestApi';
import { testRenderMode } from '../../app/testMode';
import { dayToIso } from '@shared/time';
import { newId } from '@shared/model';
import { PeopleBar } from './session/PeopleBar';
import { WallLists } from './session/WallLists';
import { StickerTrays } from './session/StickerTrays';
import { useWallMessage } from './session/useWallMessage';
import { useDispatch } from '../../app/useDispatch';
import { useKeyMap } from '../../app/useKeyMap';
import { RankingPanel } from '../session/RankingPanel';
import { formatPointDate, tapPrecision } from '@shared/time';
import { WallFloor } from './session/WallFloor';
import { StickerUndoOffers, useStickerUndo } from './session/StickerUndo';
import { useWallFollow } from './useWallFollow';

/**
 * The wall: the lifeline large and calm for the projector or touch screen. Only looking and
 * participant actions here: no settings, no deleting, no other cases.
 */
export function WallView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const state = useCaseState(caseId);
  useEffect(() => {
    // Never the case title: browsers keep page titles in their history and session files.
    document.title = t('app.name');
  }, [t]);
  if (state === undefined)
    return (
      <div className="wall">
        <p className="wall-message">{t('app.loading')}</p>
      </div>
    );
  if (state === null)
    return (
      <div className="wall">
        <p className="wall-message">{t('wall.notFound')}</p>
      </div>
    );
  // In the follow-up meeting the researchers show the findings tree instead of the session.
  if (state.analysis?.showOnWall) return <WallTree state={state} />;
  return <Wall state={state} />;
}

function Wall({ state }: { state: CaseState }) {
  const { t, i18n } = useTranslation();
  const [hostRef, size] = useElementSize<HTMLDivElement>();
  const u = wallUnit(size.width, size.height);
  const stripHeight = Math.round(72 * u);
  const headerHeight = Math.round(84 * u);
  // A session starts (phase 0) once it has a record or participants; before that the wall is just the lifeline.
  const phase = state.session?.phase ?? (state.participants.length > 0 ? 0 : null);
  const inRound = phase === 2 || phase === 3;
  const voting = phase === 4;
  const instructionHeight = phase === null ? 0 : Math.round(64 * u);
  const peopleHeight = inRound || voting ? Math.round(96 * u) : 0;
  const bottomHeight =
    phase === null || phase < 2
      ? 0
      : phase === 5
        ? Math.round(size.height * 0.42)
        : Math.round(size.height * (voting ? 0.26 : 0.22)) + (voting ? Math.round(150 * u) : 0);
  const canvasHeight = Math.max(
    0,
    size.height - stripHeight - headerHeight - instructionHeight - peopleHeight - bottomHeight,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, showMessage] = useWallMessage();
  const wallDispatch = useDispatch(state.case.id, { onRefusal: showMessage });
  const [selectedCardId, setSelectedCardId] = useState<string | null>(null);
  const [hovered, setHovered] = useState<ReadonlyMap<number, string>>(new Map());
  const chosenName = state.participants.find((p) => p.id === chosen)?.pseudonym ?? '';
  // After placing a marker its participant may stretch it into a span: "Periode maken", then tap the end.
  const [lastMarker, setLastMarker] = useState<{
    id: string;
    start: string;
    participantId: string;
    phase: number;
  } | null>(null);
  const [spanning, setSpanning] = useState(false);
  const canSpan = lastMarker !== null && lastMarker.participantId === chosen && lastMarker.phase === phase;
  const placeMarker = (sceneX: number, laneId: string | null) => {
    if (!inRound) return;
    if (!chosen) {
      showMessage(t('refusal.chooseParticipant'));
      return;
    }
    const day = Math.round(view.dayAtSceneX(sceneX));
    const at = dayToIso(day);
    // A finger on a 20-year line points at a year, not a day: the zoom says how precise it is.
    const precision = tapPrecision(view.pxPerDayAt(day), 64 * u);
    if (spanning && canSpan) {
      const [start, end] = at < lastMarker.start ? [at, lastMarker.start] : [lastMarker.start, at];
      setSpanning(false);
      setLastMarker(null);
      void wallDispatch('marker.move', { id: lastMarker.id, start, end: end === start ? null : end }).then(
        (ok) => ok && showMessage(t('session.spanSet', { name: chosenName })),
      );
      return;
    }
    const id = newId('marker');
    void wallDispatch('marker.add', {
      id,
      valence: phase === 2 ? 'good' : 'bad',
      participantId: chosen,
      start: at,
      precision,
      laneId,
    }).then((ok) => {
      if (!ok) return;
      const when = formatPointDate(at, precision, i18n.language === 'en' ? 'en' : 'nl');
      showMessage(t('session.markerPlaced', { name: chosenName, when }));
      setLastMarker({ id, start: at, participantId: chosen, phase });
    });
  };
  const [trueSizeOpen, setTrueSizeOpen] = useState(false);
  const view = useLifelineView(state, {
    width: size.width,
    height: canvasHeight,
    lang: i18n.language === 'en' ? 'en' : 'nl',
    preview: null,
    wall: true,
  });
  useWallTestApi(view);
  useWallFollow(state, view, size);
  const stickerUndo = useStickerUndo(wallDispatch);
  const [renderMode] = useState(testRenderMode);

  useKeyMap('wall', view.keys);

  return (
    <div
      className="wall"
      style={{ ['--u' as string]: u }}
      ref={hostRef}
      data-testid="wall"
      data-phase={phase ?? ''}
    >
      <header className="wall-header" style={{ height: headerHeight }}>
        <h1 className="wall-title" dir="auto">
          {state.case.title}
        </h1>
        <WallFloor state={state} />
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
      {phase !== null && (
        <div className="wall-instruction" style={{ height: instructionHeight }}>
          <p data-testid="wall-instruction">
            {inRound && chosen
              ? t(spanning && canSpan ? 'session.tapSpanEnd' : 'session.tapToPlace', { name: chosenName })
              : t(`session.wallInstructions.${phase}`)}
          </p>
          {inRound && canSpan && (
            <button type="button" aria-pressed={spanning} onClick={() => setSpanning(!spanning)}>
              {spanning ? t('session.spanCancel') : t('session.makeSpan')}
            </button>
          )}
        </div>
      )}
      {(inRound || voting) && <PeopleBar state={state} chosen={chosen} onChoose={setChosen} />}
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
              renderMode={renderMode}
              onTapEmpty={({ sceneX, laneId }) => placeMarker(sceneX, laneId)}
              onTapItem={(_id, { sceneX, laneId }) => placeMarker(sceneX, laneId)}
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
      {phase !== null && phase >= 2 && phase <= 4 && (
        <div
          style={{
            height: voting ? bottomHeight - Math.round(150 * u) : bottomHeight,
            display: 'flex',
            flexDirection: 'column',
          }}
        >
          <WallLists
            state={state}
            voting={voting}
            chosen={chosen}
            selectedCardId={selectedCardId}
            dropTargetIds={new Set(hovered.values())}
            onTapCard={(cardId) => setSelectedCardId((current) => (current === cardId ? null : cardId))}
            onTapSticker={(sticker) => {
              if (voting && sticker.participantId === chosen) {
                const r = document
                  .querySelector(`[data-sticker-id="${CSS.escape(sticker.id)}"]`)
                  ?.getBoundingClientRect();
                const at = r
                  ? { x: r.left + r.width / 2, y: r.top }
                  : { x: size.width / 2, y: size.height / 2 };
                stickerUndo.remove(sticker, chosenName, at);
              }
            }}
          />
        </div>
      )}
      {voting && (
        <StickerTrays
          state={state}
          u={u}
          onHover={(pointerId, cardId) =>
            setHovered((h) => {
              const next = new Map(h);
              if (cardId) next.set(pointerId, cardId);
              else next.delete(pointerId);
              return next;
            })
          }
          onDrop={(drop) => {
            const cardId = drop.tap ? selectedCardId : drop.cardId;
            if (!cardId) return;
            // Deselect the card once its sticker is stored, unless another card was tapped meanwhile.
            void wallDispatch('sticker.place', {
              cardId,
              participantId: drop.participantId,
              list: drop.list,
            }).then(
              (ok) => ok && drop.tap && setSelectedCardId((current) => (current === cardId ? null : current)),
            );
          }}
        />
      )}
      {phase === 5 && (
        <div className="wall-ranking" style={{ height: bottomHeight }}>
          <RankingPanel state={state} large />
        </div>
      )}
      <StickerUndoOffers offers={stickerUndo.offers} onUndo={stickerUndo.undo} />
      {message && (
        <div className="wall-toast" role="status" data-testid="wall-message">
          {message}
        </div>
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
