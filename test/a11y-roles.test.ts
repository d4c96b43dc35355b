import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/readiness-radar/define.js';
import '../src/action-plan/define.js';
import type { CoprodReadinessRadar } from '../src/readiness-radar/radar.element.js';
import { filledReadiness, readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';
import { clone, mount, query, queryAll, shadow } from './helpers.js';

/** Roles and hiding that a second accessibility engine (IBM Equal Access) checks beside axe. */
describe('roles a screen reader can trust', () => {
  afterEach(() => document.querySelectorAll('coprod-readiness-radar, coprod-action-plan').forEach((el) => el.remove()));

  it('the radar axis points are options of a list box (focusable, and widgets), one selected', async () => {
    const el = await mount<CoprodReadinessRadar>('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
    const layer = query(el, 'svg.axis-layer');
    expect(layer.getAttribute('role')).to.equal('listbox');
    const points = queryAll(el, '.axis-point');
    expect(points.every((point) => point.getAttribute('role') === 'option')).to.equal(true);
    expect(points.map((point) => point.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false']);
    points[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(points[1]);
    expect(points[1].getAttribute('aria-selected')).to.equal('true');
    expect(points[0].getAttribute('aria-selected')).to.equal('false');
  });

  it('the score table wrapper is a focusable region only while the table is wider than it', async () => {
    const wide = document.createElement('div');
    wide.style.width = '1000px';
    document.body.append(wide);
    const el = await mount<CoprodReadinessRadar>('coprod-readiness-radar', { properties: { value: clone(readinessWithReadings) }, parent: wide });
    const wrapper = query(el, '.table-scroll');
    await waitUntil(() => !wrapper.hasAttribute('tabindex'), 'a table that fits is not focusable', { timeout: 5000 });
    expect(wrapper.hasAttribute('role')).to.equal(false);
    expect(wrapper.hasAttribute('aria-labelledby')).to.equal(false);
    wide.style.width = '240px';
    await waitUntil(() => wrapper.getAttribute('tabindex') === '0', 'a table that scrolls is reachable by keyboard', { timeout: 5000 });
    expect(wrapper.getAttribute('role')).to.equal('region');
    expect(shadow(el).getElementById(wrapper.getAttribute('aria-labelledby')!)!.textContent).to.contain('Scores per principle');
    wide.remove();
  });

  it('visually hidden text uses the clip pattern every engine credits', async () => {
    const el = await mount('coprod-action-plan');
    const hidden = query(el, '.visually-hidden');
    const style = getComputedStyle(hidden);
    expect(style.clip).to.equal('rect(0px, 0px, 0px, 0px)');
    expect(style.position).to.equal('absolute');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });
});
