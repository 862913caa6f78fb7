import type { CardDensity } from '@shared/layout';
import type { ParticipantIcon } from '@shared/model';

/**
 * What the lifeline canvas draws, in pixels at one zoom level. x is measured from the start of
 * the lifeline (panning only shifts the strips), y from the top of the canvas. Built by
 * buildWallScene from the case state and the layout rules in shared/layout; painted by paint.ts;
 * hit-tested by hitTest.ts.
 */
export interface SceneMetrics {
  /** Type unit: 1 on a 1920×1080 wall read from 4 m; larger on larger screens and from farther. */
  readonly u: number;
  readonly titleFont: number;
  readonly textFont: number;
  readonly yearFont: number;
  readonly groupFont: number;
  readonly laneLabelWidth: number;
  /** How much the cards show at this zoom: title in two lines with date, one line with date, title. */
  readonly density: CardDensity;
}

export interface SceneCard {
  readonly itemId: string;
  /** x of the moment on the axis (centre of its possible span). */
  readonly anchorX: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly above: boolean;
  /** The title as drawn: one or two lines, the last ending in "…" when it is cut. */
  readonly lines: readonly string[];
  /** Date (and lane) under the title, or null at the densest layout. */
  readonly detail: string | null;
  readonly rtl: boolean;
  readonly colour: string;
  /** The possible span of an uncertain date, drawn as a soft range on the axis. */
  readonly range: { readonly x0: number; readonly x1: number } | null;
  /** Added or corrected in the session (marked, and explained by the wall's legend). */
  readonly mark: 'added' | 'corrected' | null;
}

/** Moments with no room for a card at this zoom: a box counting them, over the span they cover. */
export interface SceneGroup {
  readonly key: string;
  readonly itemIds: readonly string[];
  /** "+3" */
  readonly label: string;
  /** "2019–2021" */
  readonly span: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly above: boolean;
  readonly anchorX0: number;
  readonly anchorX1: number;
  /** The lane colours of its moments (a few), and whether one was changed in the session. */
  readonly colours: readonly string[];
  readonly marked: boolean;
}

/** The point of a grouped moment on the line. */
export interface SceneDot {
  readonly itemId: string;
  readonly x: number;
  readonly colour: string;
}

/** A period's title written after its bar reaches at most this far (px at unit 1). */
export const TITLE_AFTER_MAX = 900;

export interface SceneBar {
  readonly itemId: string;
  readonly laneId: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly height: number;
  readonly colour: string;
  readonly title: string;
  /** Fade lengths (px) at either end for uncertain dates; ongoing periods fade out at the end. */
  readonly fadeStart: number;
  readonly fadeEnd: number;
  readonly ongoing: boolean;
  /** Free room (px) after the bar's end in its row, up to the next bar or the end of the line. */
  readonly roomAfter: number;
}

export interface SceneLane {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
  readonly y: number;
  readonly height: number;
  readonly family: boolean;
}

/** A tick on the axis: years are major, months and seasons minor. */
export interface SceneTick {
  readonly x: number;
  readonly major: boolean;
}

/** A year, month or season label under the axis (see shared/layout/timeLabels). */
export interface SceneTimeLabel {
  readonly x: number;
  readonly text: string;
  readonly kind: 'year' | 'month' | 'season';
  readonly align: 'centre' | 'start';
}

export interface SceneAgeRow {
  readonly memberId: string;
  readonly name: string;
  readonly y: number;
  readonly ages: readonly { readonly x: number; readonly label: string }[];
}

/** A good-help (green) or no-good-help (red) marker: a pin from the axis up to a name badge. */
export interface SceneMarker {
  readonly markerId: string;
  readonly x: number;
  /** Span end for a marker over a period (null for a point). */
  readonly x1: number | null;
  readonly badgeX: number;
  readonly badgeY: number;
  readonly badgeWidth: number;
  readonly badgeHeight: number;
  readonly good: boolean;
  readonly colour: string;
  /** The participant's picture on their colour (null: none). */
  readonly icon: ParticipantIcon | null;
  readonly label: string;
}

export interface WallScene {
  readonly metrics: SceneMetrics;
  /** Pixels per metre of lifeline at which this scene was laid out. */
  readonly zoom: number;
  /** Total length of the lifeline in px at this zoom. */
  readonly widthPx: number;
  readonly axisY: number;
  readonly lanes: readonly SceneLane[];
  readonly bars: readonly SceneBar[];
  readonly cards: readonly SceneCard[];
  readonly groups: readonly SceneGroup[];
  readonly dots: readonly SceneDot[];
  readonly ticks: readonly SceneTick[];
  readonly timeLabels: readonly SceneTimeLabel[];
  readonly ages: readonly SceneAgeRow[];
  readonly markers: readonly SceneMarker[];
  /** Height of the whole drawing (the canvas, or more when its lanes need more). */
  readonly height: number;
}

/** A hit on the scene: what is under a point, and which part (period ends are resize grips). */
export type SceneHit = { readonly itemId: string; readonly part: 'body' | 'start' | 'end' } | null;
