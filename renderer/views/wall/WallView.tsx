import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLatest } from '../../app/useLatest';
import { useTranslation } from 'react-i18next';
import type { CaseState, StickerRecord } from '@shared/model';
import { useCaseState } from '../../db/hooks';
import { useWallTypeUnit } from './useWallTypeUnit';
import { LifelineCanvas } from '../../canvas/LifelineCanvas';
import { OverviewStrip } from '../../canvas/OverviewStrip';
import { useLifelineView } from '../../canvas/useLifelineView';
import { compactSceneHeight } from '../../canvas/buildScene';
import { useElementSize } from '../../canvas/useElementSize';
import { WallTree } from './WallTree';
import { TrueSizeDialog } from './TrueSizeDialog';
import { useWallTestApi } from './useWallTestApi';
import { dayToIso } from '@shared/time';
import { newId } from '@shared/model';
import { PeopleBar } from './session/PeopleBar';
import { WallLists } from './session/WallLists';
import { StickerTrays, type StickerDrop } from './session/StickerTrays';
import { useWallMessage } from './session/useWallMessage';
import { useDispatch } from '../../app/useDispatch';
import { useKeyMap } from '../../app/useKeyMap';
import { RankingPanel } from '../session/RankingPanel';
import { formatPointDate, tapPrecision } from '@shared/time';
import { WallFloor } from './session/WallFloor';
import { StickerUndoOffers, useStickerUndo } from './session/StickerUndo';
import { useWallFollow } from './useWallFollow';
import { GroupPanel } from './GroupPanel';
import { MarkLegend } from './MarkLegend';

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

/**
 * Marker badge rows: in the rounds one is kept from the start (a new marker moves nothing else;
 * where badges crowd they shrink to the participant's colour and sign, zooming in brings the
 * names); afterwards the markers are context and get one when there are any; before the rounds none.
 */
function markerRowsIn(phase: number | null): { rows: number; reserve: boolean } {
  if (phase === 2 || phase === 3) return { rows: 1, reserve: true };
  if (phase !== null && phase >= 4) return { rows: 1, reserve: false };
  return { rows: 0, reserve: false };
}

function Wall({ state }: { state: CaseState }) {
  const { t, i18n } = useTranslation();
  const [hostRef, size] = useElementSize<HTMLDivElement>();
  const [stageRef, stage] = useElementSize<HTMLDivElement>();
  // the overview takes the bottom row beside the legend of the session marks
  const [overviewRef, overview] = useElementSize<HTMLDivElement>();
  const u = useWallTypeUnit(size.width, size.height);
  // A session starts (phase 0) once it has a record or participants; before that the wall is just the lifeline.
  const phase = state.session?.phase ?? (state.participants.length > 0 ? 0 : null);
  const inRound = phase === 2 || phase === 3;
  const voting = phase === 4;
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, showMessage] = useWallMessage();
  const wallDispatch = useDispatch(state.case.id, { onRefusal: showMessage });
  const [selectedCardId, setSelectedCardId] = useState<string | null>(null);
  const [hovered, setHovered] = useState<ReadonlyMap<number, string>>(new Map());
  const [openGroup, setOpenGroup] = useState<readonly string[] | null>(null);
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
  const markerRows = markerRowsIn(phase);
  const view = useLifelineView(state, {
    width: stage.width,
    height: stage.height,
    lang: i18n.language === 'en' ? 'en' : 'nl',
    preview: null,
    unit: u,
    markerRows: markerRows.rows,
    reserveMarkerRows: markerRows.reserve,
  });
  useWallTestApi(view);
  useWallFollow(state, view, stage);
  const stickerUndo = useStickerUndo(wallDispatch);

  useKeyMap('wall', view.keys);

  // The lists, trays and names get handlers that never change (they call the latest ones), so a
  // new layout of the lifeline (every zoom) does not render them again.
  const handlers = useLatest({
    tapSticker: (sticker: StickerRecord) => {
      if (!voting || sticker.participantId !== chosen) return;
      const r = document
        .querySelector(`[data-sticker-id="${CSS.escape(sticker.id)}"]`)
        ?.getBoundingClientRect();
      const at = r ? { x: r.left + r.width / 2, y: r.top } : { x: size.width / 2, y: size.height / 2 };
      stickerUndo.remove(sticker, chosenName, at);
    },
    trayDrop: (drop: StickerDrop) => {
      const cardId = drop.tap ? selectedCardId : drop.cardId;
      if (!cardId) return;
      // Deselect the card once its sticker is stored, unless another card was tapped meanwhile.
      void wallDispatch('sticker.place', { cardId, participantId: drop.participantId, list: drop.list }).then(
        (ok) => ok && drop.tap && setSelectedCardId((current) => (current === cardId ? null : current)),
      );
    },
  });
  const [onTapSticker] = useState(() => (sticker: StickerRecord) => handlers.current.tapSticker(sticker));
  const [onTrayDrop] = useState(() => (drop: StickerDrop) => handlers.current.trayDrop(drop));
  const onTapCard = useCallback(
    (cardId: string) => setSelectedCardId((current) => (current === cardId ? null : cardId)),
    [],
  );
  const onTrayHover = useCallback(
    (pointerId: number, cardId: string | null) =>
      setHovered((h) => {
        const next = new Map(h);
        if (cardId) next.set(pointerId, cardId);
        else next.delete(pointerId);
        return next;
      }),
    [],
  );
  const dropTargetIds = useMemo(() => new Set(hovered.values()), [hovered]);

  const phaseClass = phase === null ? 'no-session' : `phase-${phase}`;
  // In the sticker round the lists are the main area; the lifeline keeps what it needs for its
  // years, ages, markers and two rows of titles on either side of the line.
  const stageStyle = voting
    ? {
        flex: 'none',
        height: Math.round(
          Math.min(
            size.height * 0.46,
            Math.max(size.height * 0.3, compactSceneHeight(state, u, markerRows.rows, 2)),
          ),
        ),
      }
    : undefined;
  return (
    <div
      className={`wall ${phaseClass}`}
      style={{ ['--u' as string]: u }}
      ref={hostRef}
      data-testid="wall"
      data-phase={phase ?? ''}
    >
      {/* One row: what to do now (or, outside a session, the case), the floor, the view controls. */}
      <header className={phase === null ? 'wall-header' : 'wall-header with-instruction'}>
        <h1 className={phase === null ? 'wall-title' : 'visually-hidden'} dir="auto">
          {state.case.title}
        </h1>
        {phase !== null && (
          <div className="wall-instruction">
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
        {/* The floor: who speaks and the round's time box, between what to do and the controls. */}
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
      {inRound && <PeopleBar state={state} chosen={chosen} onChoose={setChosen} />}
      <div className="wall-stage" ref={stageRef} style={stageStyle}>
        {stage.width > 0 && view.scene && (
          <LifelineCanvas
            scene={view.scene}
            width={stage.width}
            height={stage.height}
            viewport={view.store}
            editable={false}
            selectedId={null}
            onPan={view.panBy}
            onZoom={view.zoomAt}
            onTapEmpty={({ sceneX, laneId }) => placeMarker(sceneX, laneId)}
            onTapItem={(_id, { sceneX, laneId }) => placeMarker(sceneX, laneId)}
            onTapGroup={(key) => setOpenGroup(view.scene?.groups.find((g) => g.key === key)?.itemIds ?? null)}
          />
        )}
        {openGroup && (
          <GroupPanel
            state={state}
            itemIds={openGroup}
            lang={i18n.language === 'en' ? 'en' : 'nl'}
            onClose={() => setOpenGroup(null)}
            onZoom={() => {
              setOpenGroup(null);
              view.zoomUntilCards(openGroup);
            }}
          />
        )}
      </div>
      <div className="wall-bottom">
        <div className="wall-overview" ref={overviewRef}>
          {overview.width > 0 && view.scene && (
            <OverviewStrip
              width={overview.width}
              height={Math.round(44 * u)}
              u={u}
              lengthMetres={state.case.axis.lengthMetres}
              marks={view.overviewMarks}
              years={view.overviewYears}
              viewport={view.store}
              viewWidthPx={stage.width}
              onMoveTo={view.centreOn}
            />
          )}
        </div>
        <MarkLegend state={state} />
      </div>
      {(inRound || voting) && (
        <WallLists
          state={state}
          voting={voting}
          only={phase === 2 ? 'strengths' : phase === 3 ? 'improvements' : null}
          chosen={chosen}
          selectedCardId={selectedCardId}
          dropTargetIds={dropTargetIds}
          onTapCard={onTapCard}
          onTapSticker={onTapSticker}
        />
      )}
      {voting && (
        <StickerTrays
          state={state}
          u={u}
          chosen={chosen}
          onChoose={setChosen}
          onHover={onTrayHover}
          onDrop={onTrayDrop}
        />
      )}
      {phase === 5 && (
        <div className="wall-ranking">
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
          screenWidthPx={stage.width}
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
