import { memo } from 'react';
import { textFlow } from './textFlow';
import { Circle, Group, Line, Path, Rect, Text } from 'react-konva';
import type { ParticipantIcon } from '@shared/model';
import { ICON_PATHS } from '../components/participantIcons';
import type { SceneBar, SceneCard, SceneDot, SceneMarker, SceneMetrics } from './sceneTypes';
import { WALL, readableOn, tint } from './palette';

const FONT = "'Atkinson Hyperlegible', 'DejaVu Sans', sans-serif";

/** A moment as a card: colour strip of its lane, title (max 2 lines), date and lane below. */
export const CardShape = memo(function CardShape({
  card,
  axisY,
  m,
  selected,
}: {
  card: SceneCard;
  axisY: number;
  m: SceneMetrics;
  selected: boolean;
}) {
  const strip = 10 * m.u;
  const pad = 10 * m.u;
  const connectorFromY = card.above ? card.y + card.height : card.y;
  const session = card.origin !== 'prepared';
  return (
    <Group listening={false}>
      {card.range && (
        <Rect
          x={card.range.x0}
          y={axisY - 9 * m.u}
          width={Math.max(2, card.range.x1 - card.range.x0)}
          height={18 * m.u}
          cornerRadius={9 * m.u}
          fillLinearGradientStartPoint={{ x: 0, y: 0 }}
          fillLinearGradientEndPoint={{ x: Math.max(2, card.range.x1 - card.range.x0), y: 0 }}
          fillLinearGradientColorStops={[
            0,
            tint(card.colour, 1),
            0.5,
            tint(card.colour, 0.35),
            1,
            tint(card.colour, 1),
          ]}
          perfectDrawEnabled={false}
        />
      )}
      <Line
        points={[card.anchorX, axisY, card.x + card.width / 2, connectorFromY]}
        stroke={card.colour}
        strokeWidth={2.5 * m.u}
        dash={card.range ? [6 * m.u, 5 * m.u] : undefined}
        perfectDrawEnabled={false}
      />
      <Circle
        x={card.anchorX}
        y={axisY}
        radius={7 * m.u}
        fill={card.colour}
        stroke={WALL.paper}
        strokeWidth={2 * m.u}
        perfectDrawEnabled={false}
      />
      <Rect
        x={card.x}
        y={card.y}
        width={card.width}
        height={card.height}
        cornerRadius={8 * m.u}
        fill={WALL.cardFill}
        stroke={selected ? WALL.selection : session ? WALL.sessionEdit : WALL.cardStroke}
        strokeWidth={(selected ? 4 : session ? 3 : 1.5) * m.u}
        dash={session && !selected ? [8 * m.u, 4 * m.u] : undefined}
        perfectDrawEnabled={false}
      />
      <Rect
        x={card.x}
        y={card.y}
        width={strip}
        height={card.height}
        cornerRadius={[8 * m.u, 0, 0, 8 * m.u]}
        fill={card.colour}
        perfectDrawEnabled={false}
      />
      <Text
        x={card.x + strip + pad}
        y={card.y + pad * 0.8}
        width={card.width - strip - pad * 2}
        height={m.titleFont * 1.2 * 2}
        text={card.title}
        {...textFlow(card.title)}
        fontSize={m.titleFont}
        fontStyle="bold"
        fontFamily={FONT}
        fill={WALL.ink}
        lineHeight={1.15}
        wrap="word"
        ellipsis
        perfectDrawEnabled={false}
      />
      <Text
        x={card.x + strip + pad}
        y={card.y + card.height - pad * 0.7 - m.smallFont * 1.15}
        width={card.width - strip - pad * 2}
        text={card.subtitle}
        {...textFlow(card.subtitle)}
        fontSize={m.smallFont}
        fontFamily={FONT}
        fill={WALL.inkSoft}
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
    </Group>
  );
});

/** A moment whose card does not fit at this zoom: a dot on the line (zoom in to read it). */
export const DotShape = memo(function DotShape({
  dot,
  axisY,
  m,
}: {
  dot: SceneDot;
  axisY: number;
  m: SceneMetrics;
}) {
  return (
    <Circle
      x={dot.x}
      y={axisY}
      radius={8 * m.u}
      fill={dot.colour}
      stroke={WALL.paper}
      strokeWidth={2 * m.u}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});

/** A period: a bar in its lane; uncertain ends fade, an ongoing period fades out at its end. */
export const BarShape = memo(function BarShape({
  bar,
  m,
  selected,
}: {
  bar: SceneBar;
  m: SceneMetrics;
  selected: boolean;
}) {
  const width = Math.max(4, bar.x1 - bar.x0);
  const solid = bar.colour;
  const fadeStart = Math.min(bar.fadeStart / width, 0.45);
  const fadeEnd = Math.min(bar.fadeEnd / width, 0.45);
  const stops: (number | string)[] = [0, fadeStart > 0 ? tint(bar.colour, 0.92) : solid];
  if (fadeStart > 0) stops.push(fadeStart, solid);
  if (fadeEnd > 0) stops.push(1 - fadeEnd, solid);
  stops.push(1, fadeEnd > 0 ? tint(bar.colour, 0.92) : solid);
  const labelColour = readableOn(solid);
  return (
    <Group listening={false}>
      <Rect
        x={bar.x0}
        y={bar.y}
        width={width}
        height={bar.height}
        cornerRadius={bar.height / 2}
        fillLinearGradientStartPoint={{ x: 0, y: 0 }}
        fillLinearGradientEndPoint={{ x: width, y: 0 }}
        fillLinearGradientColorStops={stops}
        stroke={selected ? WALL.selection : undefined}
        strokeWidth={selected ? 4 * m.u : 0}
        perfectDrawEnabled={false}
      />
      {width > 60 * m.u && (
        <Text
          // only on the solid part: a faded (uncertain) end is too light for readable text
          x={bar.x0 + bar.height / 2 + fadeStart * width}
          y={bar.y + (bar.height - m.smallFont) / 2}
          width={Math.max(0, width - bar.height - fadeStart * width - fadeEnd * width)}
          text={bar.title}
          {...textFlow(bar.title)}
          fontSize={m.smallFont}
          fontStyle="bold"
          fontFamily={FONT}
          fill={labelColour}
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
      {selected && !bar.ongoing && (
        <>
          <Rect
            x={bar.x0 - 3 * m.u}
            y={bar.y - 4 * m.u}
            width={8 * m.u}
            height={bar.height + 8 * m.u}
            cornerRadius={4 * m.u}
            fill={WALL.selection}
          />
          <Rect
            x={bar.x1 - 5 * m.u}
            y={bar.y - 4 * m.u}
            width={8 * m.u}
            height={bar.height + 8 * m.u}
            cornerRadius={4 * m.u}
            fill={WALL.selection}
          />
        </>
      )}
    </Group>
  );
});

/** Marker colours: green for good help, red-orange for no good help (with + and − so colour is not the only sign). */
export const MARKER = { good: '#1e7a3c', bad: '#c2410c' } as const;

/** A marker: a pin from the axis to a badge with the participant's colour, name and what it is about. */
export const MarkerShape = memo(function MarkerShape({
  marker,
  axisY,
  m,
}: {
  marker: SceneMarker;
  axisY: number;
  m: SceneMetrics;
}) {
  const colour = marker.good ? MARKER.good : MARKER.bad;
  const r = marker.badgeHeight / 2;
  return (
    <Group listening={false}>
      {marker.x1 !== null && (
        <Rect
          x={marker.x}
          y={axisY - 10 * m.u}
          width={Math.max(4, marker.x1 - marker.x)}
          height={20 * m.u}
          fill={colour}
          opacity={0.35}
          cornerRadius={10 * m.u}
        />
      )}
      <Line
        points={[marker.x, marker.badgeY + marker.badgeHeight, marker.x, axisY]}
        stroke={colour}
        strokeWidth={5 * m.u}
      />
      <Circle x={marker.x} y={axisY} radius={12 * m.u} fill={colour} stroke="#ffffff" strokeWidth={3 * m.u} />
      <Rect
        x={marker.badgeX}
        y={marker.badgeY}
        width={marker.badgeWidth}
        height={marker.badgeHeight}
        cornerRadius={r}
        fill="#ffffff"
        stroke={colour}
        strokeWidth={4 * m.u}
      />
      <Circle x={marker.badgeX + r} y={marker.badgeY + r} radius={r - 7 * m.u} fill={marker.colour} />
      {marker.icon && (
        <BadgeIcon
          icon={marker.icon}
          cx={marker.badgeX + r}
          cy={marker.badgeY + r}
          size={(r - 7 * m.u) * 1.3}
        />
      )}
      <Text
        x={marker.badgeX + r * 2 + 4 * m.u}
        y={marker.badgeY + (marker.badgeHeight - m.smallFont * 1.1) / 2}
        width={marker.badgeWidth - r * 2 - 14 * m.u}
        text={marker.label}
        {...textFlow(marker.label)}
        fontSize={Math.round(m.smallFont * 1.1)}
        fontStyle="bold"
        fontFamily={FONT}
        fill={WALL.ink}
        wrap="none"
        ellipsis
      />
    </Group>
  );
});

/** A participant's picture in white, `size` px square, centred on (cx, cy). */
function BadgeIcon({ icon, cx, cy, size }: { icon: ParticipantIcon; cx: number; cy: number; size: number }) {
  return (
    <Path
      data={ICON_PATHS[icon]}
      x={cx - size / 2}
      y={cy - size / 2}
      scaleX={size / 24}
      scaleY={size / 24}
      fill="#ffffff"
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

export { FONT };
