import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { clone, mount, queryAll, settle } from './helpers.js';

describe('focus not obscured (WCAG 2.4.11)', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await setViewport({ width: 800, height: 600 });
  });

  it('a laptop window shows every example on the sticky ladder when the keyboard reaches it', async () => {
    await setViewport({ width: 1280, height: 620 });
    const el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
    await settle();
    const hidden: string[] = [];
    for (const button of queryAll<HTMLButtonElement>(el, '.ladder button')) {
      button.focus();
      await new Promise((done) => requestAnimationFrame(() => done(undefined)));
      const box = button.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight) hidden.push(`${button.textContent!.trim().slice(0, 40)}: ${Math.round(box.top)}–${Math.round(box.bottom)} of ${innerHeight}`);
    }
    expect(queryAll(el, '.ladder button').length).to.be.greaterThan(1);
    expect(hidden).to.deep.equal([]);
  });
});
