import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { clone, mount } from './helpers.js';
import type { AnyCoprodElement } from './helpers.js';

/**
 * With `storage-key`, a save waits until typing pauses (a burst of keystrokes is saved once;
 * a long one at least every 2 s), but is never lost: leaving or hiding the page, removing the
 * element and awaiting `updateComplete` write it at once.
 */
describe('saves wait until typing pauses, and nothing is lost', () => {
  const key = 'save-when-idle';
  const saved = () => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
  let el: AnyCoprodElement;

  beforeEach(async () => {
    localStorage.removeItem(key);
    el = await mount('coprod-action-plan', { attributes: { 'storage-key': key } });
  });

  afterEach(() => {
    el.remove();
    localStorage.removeItem(key);
  });

  it('saves an edit by itself once the page is idle', async () => {
    el.importJSON(JSON.stringify(filledPlan));
    await waitUntil(() => JSON.stringify(saved()) === JSON.stringify(el.value), 'the edit was never saved', { timeout: 10_000 });
  });

  it('writes a waiting save when the page is left (pagehide)', () => {
    el.importJSON(JSON.stringify(filledPlan));
    window.dispatchEvent(new Event('pagehide'));
    expect(saved()).to.deep.equal(el.value);
  });

  it('writes a waiting save when the page is hidden (visibilitychange)', () => {
    const state = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    el.importJSON(JSON.stringify(filledPlan));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', state);
    }
    expect(saved()).to.deep.equal(el.value);
  });

  it('writes a waiting save when the element leaves the page, and after updateComplete', async () => {
    const edited = clone(filledPlan);
    edited.actions[0].what = 'Eerst opgeslagen, dan weg';
    el.importJSON(JSON.stringify(edited));
    await el.updateComplete;
    expect(saved()).to.deep.equal(edited);
    edited.actions[0].what = 'Weggehaald vóór het opslaan';
    el.importJSON(JSON.stringify(edited));
    el.remove();
    expect(saved()).to.deep.equal(edited);
  });

  it('saves a burst of edits once typing pauses (300 ms), not between keys', async () => {
    // Each write must come after a pause in the edits (or after the longest wait): timed, not
    // counted, since on a busy machine a timer between two edits may itself take 300 ms.
    const pauses: number[] = [];
    let lastEdit = 0;
    let firstEdit = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, text: string) {
      if (name === key) pauses.push(Math.max(performance.now() - lastEdit, performance.now() - firstEdit >= 2000 ? Infinity : 0));
      setItem.call(this, name, text);
    };
    try {
      const edited = clone(filledPlan);
      firstEdit = performance.now();
      for (let i = 0; i < 8; i++) {
        edited.actions[0].what = `Stap ${i}`;
        el.importJSON(JSON.stringify(edited));
        lastEdit = performance.now();
        await new Promise((done) => setTimeout(done, 40));
      }
      await waitUntil(() => JSON.stringify(saved()) === JSON.stringify(edited), 'the burst was never saved', { timeout: 10_000 });
      expect(pauses.length).to.be.greaterThan(0);
      for (const pause of pauses) expect(pause, 'a save came between two quick edits').to.be.at.least(290);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('saves while someone keeps typing, at least every few seconds', async () => {
    const edited = clone(filledPlan);
    const started = performance.now();
    let firstSaved: unknown = null;
    for (let i = 0; performance.now() - started < 4000 && firstSaved === null; i++) {
      edited.actions[0].what = `Zonder pauze ${i}`;
      el.importJSON(JSON.stringify(edited));
      await new Promise((done) => setTimeout(done, 50));
      firstSaved = saved();
    }
    expect(firstSaved, 'nothing was saved during 4 s of typing').to.not.equal(null);
  });
});
