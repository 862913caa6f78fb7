import type { ParticipantIcon } from '@shared/model';
/**
 * What the lifeline canvas draws, in pixels at one zoom level. x is measured from the start of
 * the lifeline (panning only shifts the layer), y from the top of the stage. Built by
 * buildWallScene from the case state; drawn by the Konva components; hit-tested by hitTest.
 */
export interface SceneMetrics {
  /** Scale unit: 1 on a 1920×1080 screen, 2 on 3840×2160 CSS px. */
  readonly u: number;
  readonly cardWidth: number;
  readonly cardHeight: number;
  readonly titleFont: number;
  readonly smallFont: number;
  readonly tickFont: number;
  readonly laneHeight: number;
  readonly barHeight: number;
  readonly laneLabelWidth: number;
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
  readonly title: string;
  readonly subtitle: string;
  readonly colour: string;
  readonly help: boolean;
  /** The possible span of an uncertain date, drawn as a soft range on the axis. */
  readonly range: { readonly x0: number; readonly x1: number } | null;
  readonly origin: 'prepared' | 'addedInSession' | 'correctedInSession';
}

export interface SceneDot {
  readonly itemId: string;
  readonly x: number;
  readonly colour: string;
}

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
}

export interface SceneLane {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
  readonly y: number;
  readonly height: number;
  readonly family: boolean;
}

export interface SceneTick {
  readonly x: number;
  readonly label: string;
  readonly major: boolean;
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
  readonly dots: readonly SceneDot[];
  readonly ages: readonly SceneAgeRow[];
  readonly markers: readonly SceneMarker[];
  readonly height: number;
}

/** A hit on the scene: what is under a point, and which part (period ends are resize grips). */
export type SceneHit = { readonly itemId: string; readonly part: 'body' | 'start' | 'end' } | null;
