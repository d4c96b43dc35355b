import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { clone, mount } from './helpers.js';
import type { AnyCoprodElement } from './helpers.js';

/**
 * With `storage-key`, a save waits for an idle moment (a burst of keystrokes is saved once),
 * but is never lost: leaving or hiding the page, removing the element and awaiting
 * `updateComplete` write it at once.
 */
describe('saves wait for an idle moment, and nothing is lost', () => {
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
});
