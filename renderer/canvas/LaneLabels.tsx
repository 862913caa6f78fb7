import type { WallScene } from './sceneTypes';
import { WALL } from './palette';
import { FONT } from './measureText';

/** The lanes' background: plain page boxes in alternating shades, never redrawn while panning. */
export function LaneBands({ scene }: { scene: WallScene }) {
  return (
    <div className="lifeline-lanes" style={{ position: 'absolute', inset: 0, background: WALL.paper }}>
      {scene.lanes.map((lane, i) => (
        <div
          key={lane.id}
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: lane.y,
            height: lane.height,
            background: i % 2 ? WALL.laneOdd : WALL.laneEven,
          }}
        />
      ))}
    </div>
  );
}

/**
 * A lane's name wraps onto as many lines as its lane is tall enough for (at most two), so a long
 * name is read whole where a tall lane has room; only what still does not fit ends in "…".
 */
function nameLines(laneHeight: number, fontPx: number): React.CSSProperties {
  const lines = Math.max(1, Math.min(2, Math.floor(laneHeight / (fontPx * 1.1))));
  return lines === 1
    ? { overflow: 'hidden', textOverflow: 'ellipsis' }
    : {
        whiteSpace: 'normal',
        overflowWrap: 'break-word',
        display: '-webkit-box',
        WebkitBoxOrient: 'vertical',
        WebkitLineClamp: lines,
        overflow: 'hidden',
      };
}

/**
 * The names of the lanes and of the family members' age rows on a plate at the left edge. They
 * stay put while the world moves, so they are page text, not canvas: nothing to redraw per frame.
 */
export function LaneLabels({ scene }: { scene: WallScene }) {
  const m = scene.metrics;
  const plate = m.laneLabelWidth;
  const plateColour = `color-mix(in srgb, ${WALL.paper} 92%, transparent)`;
  const text: React.CSSProperties = {
    position: 'absolute',
    left: 14 * m.u,
    width: plate - 20 * m.u,
    fontSize: m.textFont,
    fontFamily: FONT,
    fontWeight: 'bold',
    lineHeight: 1.1,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  };
  return (
    <div
      className="lifeline-labels"
      aria-hidden="true"
      style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}
    >
      {scene.lanes.map((lane) => (
        <div
          key={lane.id}
          style={{
            position: 'absolute',
            left: 0,
            top: lane.y,
            width: plate,
            height: lane.height,
            background: plateColour,
          }}
        >
          <div
            style={{
              position: 'absolute',
              left: 0,
              top: 0,
              bottom: 0,
              width: 8 * m.u,
              background: lane.colour,
            }}
          />
          <div
            dir="auto"
            style={{
              ...text,
              top: 0,
              height: lane.height,
              display: 'flex',
              alignItems: 'center',
              color: WALL.ink,
            }}
          >
            <span style={nameLines(lane.height, m.textFont)}>{lane.name}</span>
          </div>
        </div>
      ))}
      {scene.ages.map((row) => (
        <div
          key={row.memberId}
          dir="auto"
          style={{
            ...text,
            top: row.y,
            left: 0,
            width: plate,
            height: Math.round(m.textFont * 1.2),
            padding: `${1 * m.u}px ${6 * m.u}px 0 ${14 * m.u}px`,
            boxSizing: 'border-box',
            color: WALL.inkSoft,
            background: plateColour,
          }}
        >
          {row.name}
        </div>
      ))}
    </div>
  );
}
