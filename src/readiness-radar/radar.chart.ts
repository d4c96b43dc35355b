import { nothing, svg, type SVGTemplateResult } from 'lit';
import { axisAngle, labelPlacement, polarPoint, ringPath, scorePath, scorePoints } from './radar.geometry.js';

/** Chart size in SVG units: the radius of the outer ring, and the room around it for labels. */
export const RADIUS = 150;
export const VIEW_BOX = '-290 -235 580 470';
const LABEL_GAP = 16;
/** Line height of axis labels, in em. */
const LINE = 1.2;

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
  /** The accessible summary, also the SVG's `<title>` (kept in exported files). */
  summary: string;
  activeAxis?: number;
}

/**
 * The radar drawing: grid rings, axes, the gap line, readings as dashed outlines, the
 * current scores filled, gap points as diamonds, and axis labels. One `<svg role="img">`,
 * which is also what the SVG and PNG exports contain. A pure template of its input.
 */
export function radarChart(input: RadarChartInput): SVGTemplateResult {
  const { max, scores, gaps } = input;
  const count = scores.length;
  const points = scorePoints(scores, max, RADIUS);
  const current = scorePath(scores, max, RADIUS);
  const levels = Array.from({ length: max }, (_, index) => index + 1);
  return svg`<svg class="radar" part="chart" viewBox=${VIEW_BOX} role="img" aria-labelledby="chart-title" font-size="15">
    <title id="chart-title">${input.summary}</title>
    <g class="grid">
      ${levels.map((level) => svg`<path class="ring" d=${ringPath(level, count, max, RADIUS)}></path>`)}
      ${scores.map((_, index) => {
        const end = polarPoint(axisAngle(index, count), RADIUS);
        return svg`<line class="axis" x1="0" y1="0" x2=${end.x} y2=${end.y}></line>`;
      })}
      ${levels.map((level) => svg`<text class="tick" x="4" y=${-(level / max) * RADIUS + 13} font-size="11">${level}</text>`)}
    </g>
    ${input.threshold > 0 ? svg`<path class="gap-line" d=${ringPath(input.threshold, count, max, RADIUS)}></path>` : nothing}
    ${input.readings.map((reading, index) => {
      const d = scorePath(reading, max, RADIUS);
      return d ? svg`<path class="reading" d=${d} stroke-dasharray=${dashOf(index)}></path>` : nothing;
    })}
    ${current ? svg`<path class="current" d=${current}></path>` : nothing}
    ${points.map((point, index) => {
      if (!point) return nothing;
      return gaps[index]
        ? svg`<rect class="point gap" x=${point.x - 6} y=${point.y - 6} width="12" height="12" transform="rotate(45 ${point.x} ${point.y})"></rect>`
        : svg`<circle class="point" cx=${point.x} cy=${point.y} r="5"></circle>`;
    })}
    ${scores.map((score, index) => axisLabel(input, index, score === null))}
  </svg>`;
}

function axisLabel(input: RadarChartInput, index: number, unanswered: boolean): SVGTemplateResult {
  const angle = axisAngle(index, input.scores.length);
  const anchor = polarPoint(angle, RADIUS + LABEL_GAP);
  const placement = labelPlacement(angle);
  // Long names wrap before a bracket: "Aanjagers (katalysatoren)".
  const lines = input.names[index].split(/ (?=\()/);
  const total = lines.length + 1;
  // Line offsets in em, so a larger font (narrow screens) keeps the lines apart and off the chart.
  const first = placement.vertical === 'above' ? -(total - 1) * LINE : placement.vertical === 'below' ? 0.8 : 0.35 - ((total - 1) * LINE) / 2;
  const y = placement.vertical === 'above' ? anchor.y - 4 : anchor.y;
  const classes = `label${input.activeAxis === index ? ' active' : ''}${unanswered ? ' unanswered' : ''}`;
  return svg`<text class=${classes} x=${anchor.x} y=${y} text-anchor=${placement.anchor}>
    ${lines.map((line, n) => svg`<tspan class="name" x=${anchor.x} dy="${n ? LINE : first}em">${line}</tspan>`)}
    <tspan class=${input.gaps[index] ? 'score gap' : 'score'} x=${anchor.x} dy="${LINE}em">${input.scoreLines[index]}</tspan>
  </text>`;
}
