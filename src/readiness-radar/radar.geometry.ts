import { curveLinearClosed, lineRadial } from 'd3-shape';

/**
 * Pure geometry of the radar, in SVG user units around the centre (0, 0), y pointing
 * down. Angles follow d3's radial convention: radians, clockwise from 12 o'clock.
 */
export interface Point {
  x: number;
  y: number;
}

export interface LabelPlacement {
  anchor: 'start' | 'middle' | 'end';
  /** Where the label's lines sit relative to the anchor point. */
  vertical: 'above' | 'middle' | 'below';
}

/** Angle of axis `index` of `count`; the first axis points straight up. */
export function axisAngle(index: number, count: number): number {
  return (2 * Math.PI * index) / count;
}

/** The point at `radius` along an axis at `angle`. */
export function polarPoint(angle: number, radius: number): Point {
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}

/** Distance from the centre for a score on a 0–`max` scale drawn out to `radius` (clamped to the scale). */
export function scoreRadius(score: number, max: number, radius: number): number {
  return (Math.min(max, Math.max(0, score)) / max) * radius;
}

/** One d3-shape generator for every polygon (built once: charts redraw often). */
const radialPolygon = /*#__PURE__*/ lineRadial<[angle: number, radius: number]>()
  .angle((vertex) => vertex[0])
  .radius((vertex) => vertex[1])
  .curve(curveLinearClosed);

function closedPath(vertices: [angle: number, radius: number][]): string | null {
  return vertices.length ? radialPolygon(vertices) : null;
}

/** A grid ring: the polygon joining every axis at scale step `level`. */
export function ringPath(level: number, count: number, max: number, radius: number): string {
  const r = scoreRadius(level, max, radius);
  return closedPath(Array.from({ length: count }, (_, index) => [axisAngle(index, count), r])) ?? '';
}

/**
 * The closed outline through the scored axes. A `null` score (not answered) has no
 * vertex: the outline joins its neighbours rather than dropping to zero, which would
 * read as "no". `null` when no axis has a score.
 */
export function scorePath(scores: readonly (number | null)[], max: number, radius: number): string | null {
  const vertices: [number, number][] = [];
  scores.forEach((score, index) => {
    if (score !== null) vertices.push([axisAngle(index, scores.length), scoreRadius(score, max, radius)]);
  });
  return closedPath(vertices);
}

/** Each axis's score point, or `null` where there is no score. */
export function scorePoints(scores: readonly (number | null)[], max: number, radius: number): (Point | null)[] {
  return scores.map((score, index) => (score === null ? null : polarPoint(axisAngle(index, scores.length), scoreRadius(score, max, radius))));
}

/** How an axis label sits at the outer end of its axis, so it grows away from the chart. */
export function labelPlacement(angle: number): LabelPlacement {
  const x = Math.sin(angle);
  const y = -Math.cos(angle);
  const near = 0.2;
  return {
    anchor: Math.abs(x) < near ? 'middle' : x > 0 ? 'start' : 'end',
    vertical: Math.abs(y) < near ? 'middle' : y < 0 ? 'above' : 'below',
  };
}
