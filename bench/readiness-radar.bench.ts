import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';
import { render } from 'lit';
import { principleIds, principleText } from '../src/core/principles.js';
import { tokenStyles } from '../src/core/tokens.styles.js';
import { radarChart, type RadarChartInput } from '../src/readiness-radar/radar.chart.js';
import { principlesByQuestion } from '../src/readiness-radar/radar.questions.js';
import { gapsOf, SCALE_MAX, scoresOf } from '../src/readiness-radar/radar.scores.js';
import { radarChartStyles } from '../src/readiness-radar/radar.styles.js';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';
import { filledReadiness, manyReadings } from '../test/fixtures/readiness-radar.fixtures.js';
import { manyGroupReadings } from '../test/fixtures/radar-group.fixtures.js';
import { firstRenderScenario, forceLayout, timeFirstRender, timeUpdate, type BenchSuite } from './harness.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend);

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The same data as the element draws: current scores plus each reading's, per principle. */
function chartData(state: ReadinessState) {
  const principleOf = principlesByQuestion(state.questions);
  const series = [{ label: 'Nu', answers: state.answers }, ...state.readings.map((reading) => ({ label: reading.label, answers: reading.answers }))];
  return {
    labels: ['Kwaliteiten (activa)', 'Capaciteit', 'Wederkerigheid', 'Netwerken', 'Rollen delen', 'Aanjagers (katalysatoren)'],
    datasets: series.map((entry, index) => {
      const scores = scoresOf(principleOf, entry.answers);
      return {
        label: entry.label,
        data: principleIds.map((id) => scores[id]),
        fill: index === 0,
        borderDash: index === 0 ? [] : [8, 5],
        spanGaps: true,
      };
    }),
  };
}

/** Our radar drawing (the element's chart, with its styles) for the same data, as the element builds it. */
export function chartInput(state: ReadinessState): RadarChartInput {
  const principleOf = principlesByQuestion(state.questions);
  const scores = scoresOf(principleOf, state.answers);
  const gaps = gapsOf(scores, 2);
  const values = principleIds.map((id) => scores[id]);
  return {
    max: SCALE_MAX,
    scores: values,
    readings: state.readings.map((reading) => {
      const own = scoresOf(principleOf, reading.answers);
      return principleIds.map((id) => own[id]);
    }),
    gaps: principleIds.map((id) => gaps.includes(id)),
    threshold: 2,
    names: principleIds.map((id) => principleText(id).name),
    scoreLines: values.map((score) => (score === null ? 'niet ingevuld' : `${score.toFixed(1)} van 4`)),
    summary: 'Radardiagram',
  };
}

/**
 * Charts per sample. `performance.now()` is coarsened (0.1 ms here) and one chart takes
 * about a millisecond, so each sample times a batch and reports the mean per chart. Both
 * sides of the comparison use the same batch, the same data and the same pixel size.
 */
const BATCH = 20;

/**
 * Times `BATCH` charts made one after the other, each in its own container and each brought
 * to its paint-ready state before the next starts; `make` returns the chart's teardown,
 * which runs after the clock stops. Milliseconds per chart.
 */
function timeBatch(make: (index: number) => () => void): number {
  const teardowns: (() => void)[] = [];
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) teardowns.push(make(i));
  const ms = (performance.now() - start) / BATCH;
  for (const teardown of teardowns) teardown();
  return ms;
}

/** Our chart alone, created and laid out in a shadow root with the styles it is drawn with: what Chart.js is compared with. */
function ourChartScenario(name: string, state: () => ReadinessState) {
  return {
    name,
    target: '≥ 5× faster than Chart.js (next row)',
    async sample() {
      const input = chartInput(state());
      return timeBatch(() => {
        const host = document.createElement('div');
        host.style.width = '580px';
        const root = host.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = chartStyleSheets;
        document.body.append(host);
        render(radarChart(input), root);
        forceLayout(host);
        return () => host.remove();
      });
    },
  };
}

/**
 * A Chart.js radar of the same scores, created and drawn (animation and responsiveness off,
 * as fast as Chart.js gets), at the size our chart is drawn at in the bench page.
 */
function chartJsScenario(name: string, state: () => ReadinessState) {
  return {
    name,
    async sample() {
      // A copy of the data per chart (made before the clock starts): Chart.js keeps state on it.
      const data = Array.from({ length: BATCH }, () => chartData(state()));
      return timeBatch((index) => {
        const canvas = document.createElement('canvas');
        canvas.width = 580;
        canvas.height = 470;
        document.body.append(canvas);
        const chart = new Chart(canvas, {
          type: 'radar',
          data: data[index],
          options: { animation: false, responsive: false, scales: { r: { min: 0, max: 4, ticks: { stepSize: 1 } } } },
        });
        // Reading a pixel waits until the drawing is done.
        canvas.getContext('2d')!.getImageData(0, 0, 1, 1);
        return () => {
          chart.destroy();
          canvas.remove();
        };
      });
    },
  };
}

/** The stylesheets our chart needs: the tokens (colours, font, dark and forced colours) and the chart's own. */
export const chartStyleSheets = [tokenStyles.styleSheet!, radarChartStyles.styleSheet!];

export const suite: BenchSuite = {
  name: 'coprod-readiness-radar',
  scenarios: [
    firstRenderScenario('first render, empty', 'coprod-readiness-radar', () => undefined),
    firstRenderScenario('first render, filled (19 answers, 1 reading)', 'coprod-readiness-radar', () => filledReadiness),
    ourChartScenario('our radar chart (SVG), 1 reading: create → laid out', () => filledReadiness),
    chartJsScenario('Chart.js radar, same data (1 reading): create → drawn', () => filledReadiness),
    firstRenderScenario('first render, 10 readings', 'coprod-readiness-radar', () => manyReadings(10)),
    ourChartScenario('our radar chart (SVG), 10 readings: create → laid out', () => manyReadings(10)),
    chartJsScenario('Chart.js radar, same data (10 readings): create → drawn', () => manyReadings(10)),
    {
      name: 'answer a question (10 readings)',
      async sample() {
        const { el } = await timeFirstRender('coprod-readiness-radar', manyReadings(10));
        const radio = el.shadowRoot!.querySelector<HTMLInputElement>('fieldset.question input[type=radio]:not(:checked)')!;
        const ms = await timeUpdate(el as Updatable, () => radio.click());
        el.remove();
        return ms;
      },
      target: '≤ 16 ms',
    },
    // Few samples: with 200 readings one render takes seconds (the reading list and the overlay, not the group view).
    { ...firstRenderScenario('group view, 200 readings: first render', 'coprod-readiness-radar', () => manyGroupReadings(200)), samples: 5 },
    {
      name: 'group view, 200 readings: answer a question',
      samples: 5,
      async sample() {
        const { el } = await timeFirstRender('coprod-readiness-radar', manyGroupReadings(200));
        const radio = el.shadowRoot!.querySelector<HTMLInputElement>('fieldset.question input[type=radio]:not(:checked)')!;
        const ms = await timeUpdate(el as Updatable, () => radio.click());
        el.remove();
        return ms;
      },
      target: '≤ 16 ms',
    },
    {
      // The print sheet's extra markup is rendered from `beforeprint`: what a person waits for after Ctrl+P.
      name: 'group view, 200 readings: printed (beforeprint → sheet rendered)',
      samples: 5,
      async sample() {
        const { el } = await timeFirstRender('coprod-readiness-radar', manyGroupReadings(200));
        const ms = await timeUpdate(el as Updatable, () => window.dispatchEvent(new Event('beforeprint')));
        window.dispatchEvent(new Event('afterprint'));
        el.remove();
        return ms;
      },
    },
  ],
};
