import { nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { svg as staticSvg, unsafeStatic } from 'lit/static-html.js';
import { spacingWidth, type TextSpacing } from '../core/text-spacing.js';
import { axisAngle, labelPlacement, polarPoint, ringPath, scorePath, scorePoints, type LabelPlacement, type Point } from './radar.geometry.js';

/** Chart size in SVG units: the radius of the outer ring, and the room around it for labels. */
export const RADIUS = 150;
export const VIEW_BOX = '-290 -235 580 470';

/**
 * The chart's viewBox: wider on both sides by what a reader's own letter and word spacing adds
 * to the longest label line, so no label runs off the chart (WCAG 1.4.12).
 */
export function radarViewBox(names: readonly string[], scoreLines: readonly string[], spacing: TextSpacing): string {
  const lines = [...names.flatMap(nameLines), ...scoreLines.flatMap(scoreLinesOf)];
  const extra = Math.ceil(Math.max(0, ...lines.map((line) => spacingWidth(line, spacing))));
  return extra ? `${-290 - extra} -235 ${580 + extra * 2} 470` : VIEW_BOX;
}

/** An axis name as label lines: long names wrap before a bracket ("Aanjagers (katalysatoren)"). */
const nameLines = (name: string) => name.split(/ (?=\()/);
/** A score line as label lines: "1,7 van 4 · verbeterpunt" takes two (one line runs off the chart at the sides). */
const scoreLinesOf = (line: string) => line.split(' · ');
const LABEL_GAP = 16;
/** Line height of axis labels, in em. */
const LINE = 1.2;
/** Half the diagonal of a gap mark: a 12-unit square turned 45°. */
const DIAMOND = 6 * Math.SQRT2;

/** Dash patterns that tell readings apart without colour. */
const dashes = ['8 5', '2 4', '12 4 2 4', '5 3 1 3', '1 7', '16 5', '8 3 2 3 2 3', '3 3', '20 4 4 4', '6 8'];
export const dashOf = (index: number) => dashes[index % dashes.length];

/** Everything the drawing needs, one entry per axis, with texts already in the active locale. */
export interface RadarChartInput {
  /** Top of the scale (4). */
  max: number;
  scores: (number | null)[];
  /** Earlier readings: one list of scores per reading. */
  readings: (number | null)[][];
  gaps: boolean[];
  threshold: number;
  names: string[];
  /** The line under each name, e.g. "1.5 of 4 · gap" or "not answered". */
  scoreLines: string[];
  /** The accessible summary: the SVG's `<title>`, its only name (kept in exported files). Pointing
   * `aria-labelledby` at it as well made screen readers read it twice, as name and description. */
  summary: string;
  activeAxis?: number;
  /** The viewBox (see `radarViewBox`); `VIEW_BOX` when left out. */
  viewBox?: string;
}

/** A coordinate as attribute text: three decimals are far below a pixel. */
const num = (value: number) => Math.round(value * 1000) / 1000 || 0;

/** Where each axis's label goes: its anchor point and placement. Depends only on the number of axes. */
interface LabelSpot {
  x: number;
  y: number;
  placement: LabelPlacement;
}

interface Frame {
  /** Grid rings, axes and tick numbers: one template, its markup made once (numbers only). */
  grid: TemplateResult;
  labels: LabelSpot[];
}

const frames = new Map<string, Frame>();

/**
 * The parts of the drawing that depend only on the number of axes and the scale, made once
 * per shape: Lit clones the grid as one static template instead of a template per ring,
 * axis and tick. Only numbers go into the markup.
 */
function frameOf(count: number, max: number): Frame {
  const key = `${count}/${max}`;
  let frame = frames.get(key);
  if (!frame) {
    const levels = Array.from({ length: max }, (_, index) => index + 1);
    let markup = levels.map((level) => `<path class="ring${level === levels.length ? ' outer' : ''}" d="${ringPath(level, count, max, RADIUS)}"></path>`).join('');
    for (let index = 0; index < count; index++) {
      const end = polarPoint(axisAngle(index, count), RADIUS);
      markup += `<line class="axis" x1="0" y1="0" x2="${num(end.x)}" y2="${num(end.y)}"></line>`;
    }
    markup += levels.map((level) => `<text class="tick" x="4" y="${num(-(level / max) * RADIUS + 13)}" font-size="11">${level}</text>`).join('');
    const labels = Array.from({ length: count }, (_, index) => {
      const angle = axisAngle(index, count);
      const anchor = polarPoint(angle, RADIUS + LABEL_GAP);
      return { x: num(anchor.x), y: num(anchor.y), placement: labelPlacement(angle) };
    });
    frame = { grid: staticSvg`<g class="grid">${unsafeStatic(markup)}</g>`, labels };
    frames.set(key, frame);
  }
  return frame;
}

/**
 * The radar drawing: grid rings, axes, the gap line, readings as dashed outlines, the
 * current scores filled, gap points as diamonds, and axis labels. One `<svg role="img">`,
 * which is also what the SVG and PNG exports contain. A pure template of its input.
 */
export function radarChart(input: RadarChartInput): SVGTemplateResult {
  const { max, scores, gaps } = input;
  const count = scores.length;
  const frame = frameOf(count, max);
  const points = scorePoints(scores, max, RADIUS);
  const current = scorePath(scores, max, RADIUS);
  return svg`<svg class="radar" part="chart" viewBox=${input.viewBox ?? VIEW_BOX} role="img" font-size="15"><title id="chart-title">${input.summary}</title>${frame.grid}${input.threshold > 0 ? svg`<path class="gap-line" d=${ringPath(input.threshold, count, max, RADIUS)}></path>` : nothing}${guard([input.readings, max], () =>
    // Earlier readings do not change while the current answers do: drawn again only when the list does.
    input.readings.map((reading, index) => {
      const d = scorePath(reading, max, RADIUS);
      return d ? svg`<path class="reading" d=${d} stroke-dasharray=${dashOf(index)}></path>` : nothing;
    }),
  )}${current ? svg`<path class="current" d=${current}></path>` : nothing}${points.map((point, index) => (point ? pointMark(point, gaps[index]) : nothing))}${frame.labels.map((spot, index) => axisLabel(input, spot, index))}</svg>`;
}

/** A score point: a dot, or a diamond where the score is a gap (a shape, not only a colour). */
function pointMark(point: Point, gap: boolean): SVGTemplateResult {
  const x = num(point.x);
  const y = num(point.y);
  return gap
    ? svg`<path class="point gap" d=${`M${x},${num(point.y - DIAMOND)}L${num(point.x + DIAMOND)},${y}L${x},${num(point.y + DIAMOND)}L${num(point.x - DIAMOND)},${y}Z`}></path>`
    : svg`<circle class="point" cx=${x} cy=${y} r="5"></circle>`;
}

function axisLabel(input: RadarChartInput, spot: LabelSpot, index: number): SVGTemplateResult {
  const { x, placement } = spot;
  const [name, ...more] = nameLines(input.names[index]);
  const scoreLines = scoreLinesOf(input.scoreLines[index]);
  const total = more.length + 1 + scoreLines.length;
  // Line offsets in em, so a larger font (narrow screens) keeps the lines apart and off the chart.
  const first = placement.vertical === 'above' ? -(total - 1) * LINE : placement.vertical === 'below' ? 0.8 : 0.35 - ((total - 1) * LINE) / 2;
  const y = placement.vertical === 'above' ? spot.y - 4 : spot.y;
  const unanswered = input.scores[index] === null;
  const classes = `label${input.activeAxis === index ? ' active' : ''}${unanswered ? ' unanswered' : ''}`;
  const dy = `${num(first)}em`;
  const score = input.gaps[index] ? 'score gap' : 'score';
  const anchor = placement.anchor;
  // The usual shapes are one template each: a template per line made every label a handful of
  // nested templates.
  if (more.length === 0 && scoreLines.length === 1) {
    return svg`<text class=${classes} x=${x} y=${y} text-anchor=${anchor}><tspan class="name" x=${x} dy=${dy}>${name}</tspan><tspan class=${score} x=${x} dy="1.2em">${scoreLines[0]}</tspan></text>`;
  }
  if (more.length === 0 && scoreLines.length === 2) {
    return svg`<text class=${classes} x=${x} y=${y} text-anchor=${anchor}><tspan class="name" x=${x} dy=${dy}>${name}</tspan><tspan class=${score} x=${x} dy="1.2em">${scoreLines[0]}</tspan><tspan class=${score} x=${x} dy="1.2em">${scoreLines[1]}</tspan></text>`;
  }
  if (more.length === 1 && scoreLines.length === 1) {
    return svg`<text class=${classes} x=${x} y=${y} text-anchor=${anchor}><tspan class="name" x=${x} dy=${dy}>${name}</tspan><tspan class="name" x=${x} dy="1.2em">${more[0]}</tspan><tspan class=${score} x=${x} dy="1.2em">${scoreLines[0]}</tspan></text>`;
  }
  if (more.length === 1 && scoreLines.length === 2) {
    return svg`<text class=${classes} x=${x} y=${y} text-anchor=${anchor}><tspan class="name" x=${x} dy=${dy}>${name}</tspan><tspan class="name" x=${x} dy="1.2em">${more[0]}</tspan><tspan class=${score} x=${x} dy="1.2em">${scoreLines[0]}</tspan><tspan class=${score} x=${x} dy="1.2em">${scoreLines[1]}</tspan></text>`;
  }
  return svg`<text class=${classes} x=${x} y=${y} text-anchor=${anchor}><tspan class="name" x=${x} dy=${dy}>${name}</tspan>${more.map((line) => svg`<tspan class="name" x=${x} dy="1.2em">${line}</tspan>`)}${scoreLines.map((line) => svg`<tspan class=${score} x=${x} dy="1.2em">${line}</tspan>`)}</text>`;
}
