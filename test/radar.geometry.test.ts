import { expect } from '@open-wc/testing';
import { axisAngle, labelPlacement, polarPoint, ringPath, scorePath, scorePoints, scoreRadius } from '../src/readiness-radar/radar.geometry.js';

/** The vertices of an SVG path made of M/L commands. */
function vertices(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.e-]+)[,\s]\s*(-?[\d.e-]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
}

const distance = ([x, y]: [number, number]) => Math.hypot(x, y);

describe('radar geometry (pure)', () => {
  it('spreads axes evenly, clockwise from 12 o’clock', () => {
    expect(axisAngle(0, 6)).to.equal(0);
    expect(axisAngle(3, 6)).to.be.closeTo(Math.PI, 1e-12);
    expect(axisAngle(1, 4)).to.be.closeTo(Math.PI / 2, 1e-12);
  });

  it('turns an angle and radius into SVG coordinates (y down)', () => {
    const up = polarPoint(0, 100);
    expect(up.x).to.be.closeTo(0, 1e-9);
    expect(up.y).to.be.closeTo(-100, 1e-9);
    const right = polarPoint(Math.PI / 2, 100);
    expect(right.x).to.be.closeTo(100, 1e-9);
    expect(right.y).to.be.closeTo(0, 1e-9);
    const down = polarPoint(Math.PI, 50);
    expect(down.y).to.be.closeTo(50, 1e-9);
  });

  it('scales scores to the radius and keeps them on the scale', () => {
    expect(scoreRadius(2, 4, 150)).to.equal(75);
    expect(scoreRadius(4, 4, 150)).to.equal(150);
    expect(scoreRadius(7, 4, 150)).to.equal(150);
    expect(scoreRadius(-1, 4, 150)).to.equal(0);
  });

  it('draws a grid ring through every axis at the same distance', () => {
    const d = ringPath(3, 6, 4, 160);
    expect(d).to.match(/Z$/);
    const points = vertices(d);
    expect(points).to.have.length(6);
    for (const point of points) expect(distance(point)).to.be.closeTo(120, 1e-3);
    expect(points[0][0]).to.be.closeTo(0, 1e-3);
    expect(points[0][1]).to.be.closeTo(-120, 1e-3);
  });

  it('draws the scores as a closed outline, joining neighbours around an axis without a score', () => {
    const full = vertices(scorePath([4, 2, 1, 0, 3, 4], 4, 100)!);
    expect(full.map((point) => Math.round(distance(point)))).to.deep.equal([100, 50, 25, 0, 75, 100]);
    const withGap = scorePath([4, null, 2, 2, null, 1], 4, 100)!;
    expect(withGap).to.match(/Z$/);
    expect(vertices(withGap).map((point) => Math.round(distance(point)))).to.deep.equal([100, 50, 50, 25]);
    // Index 2 of 6 sits at 120°, lower right.
    const third = vertices(withGap)[1];
    expect(third[0]).to.be.greaterThan(0);
    expect(third[1]).to.be.greaterThan(0);
    expect(scorePath([null, null, null], 4, 100)).to.equal(null);
  });

  it('gives a point per scored axis and null where there is none', () => {
    const points = scorePoints([2, null, 4, 0], 4, 80);
    expect(points[1]).to.equal(null);
    expect(points[0]!.y).to.be.closeTo(-40, 1e-9);
    expect(points[2]!.y).to.be.closeTo(80, 1e-9);
    expect(points[3]!.x).to.be.closeTo(0, 1e-9);
  });

  it('places labels so they grow away from the chart', () => {
    expect(labelPlacement(0)).to.deep.equal({ anchor: 'middle', vertical: 'above' });
    expect(labelPlacement(Math.PI / 2)).to.deep.equal({ anchor: 'start', vertical: 'middle' });
    expect(labelPlacement(Math.PI)).to.deep.equal({ anchor: 'middle', vertical: 'below' });
    expect(labelPlacement((3 * Math.PI) / 2)).to.deep.equal({ anchor: 'end', vertical: 'middle' });
    expect(labelPlacement(axisAngle(1, 6))).to.deep.equal({ anchor: 'start', vertical: 'above' });
    expect(labelPlacement(axisAngle(4, 6))).to.deep.equal({ anchor: 'end', vertical: 'below' });
  });
});
