import { expect, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import { scrollRegion } from '../src/core/scroll-region.js';

/** The wrapper of a wide table: a named, focusable region exactly while its content overflows it. */
describe('scrollRegion', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  const view = (width: number, extra = false) =>
    html`<p id="name">Scores</p>
      <div class="wrapper" style="width: 200px; overflow-x: auto" ${scrollRegion('name')}>
        <div class="content" style="width: ${width}px">content</div>
        ${extra ? html`<div class="extra" style="width: 600px">more</div>` : ''}
      </div>`;
  const wrapper = () => host.querySelector<HTMLElement>('.wrapper')!;
  const isRegion = () => wrapper().getAttribute('tabindex') === '0' && wrapper().getAttribute('role') === 'region' && wrapper().getAttribute('aria-labelledby') === 'name';
  const isPlain = () => !wrapper().hasAttribute('tabindex') && !wrapper().hasAttribute('role') && !wrapper().hasAttribute('aria-labelledby');

  it('is a plain box while its content fits, and a region when the same content grows wider', async () => {
    render(view(100), host);
    await waitUntil(isPlain, 'content that fits: a plain box');
    const before = wrapper();
    render(view(500), host);
    expect(wrapper()).to.equal(before);
    await waitUntil(isRegion, 'wider content in the same wrapper: a region reachable by keyboard');
    render(view(150), host);
    await waitUntil(isPlain, 'narrow again: a plain box again');
  });

  it('follows a wide child put in after the wrapper was made', async () => {
    render(view(100), host);
    await waitUntil(isPlain, 'content that fits: a plain box');
    render(view(100, true), host);
    await waitUntil(isRegion, 'a wide child added later makes it a region');
  });

  it('follows its own width', async () => {
    render(view(300), host);
    await waitUntil(isRegion, 'content wider than the wrapper: a region');
    wrapper().style.width = '400px';
    await waitUntil(isPlain, 'a wider wrapper that fits its content: a plain box');
  });

  it('does not measure the page on every render (no forced layout after the first)', async () => {
    render(view(100), host);
    await waitUntil(isPlain, 'first render measured');
    let reads = 0;
    const element = wrapper();
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth')!;
    Object.defineProperty(element, 'scrollWidth', { configurable: true, get: () => (reads++, own.get!.call(element)) });
    // The same template again with one value changed: the directive updates, the wrapper stays.
    for (let i = 0; i < 5; i++) render(view(100 + i), host);
    expect(reads).to.equal(0);
    delete (element as { scrollWidth?: number }).scrollWidth;
  });
});
