import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { clone, settle, type AnyCoprodElement } from './helpers.js';

/**
 * Form participation when the element is created inside another Lit template (the case of
 * Lit issue 4974: the element upgrades inside a template fragment, before it is in a form).
 */
for (const tag of allTags) {
  describe(`${tag} in a form rendered by a Lit template`, () => {
    let container: HTMLElement;
    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
    });
    afterEach(() => container.remove());

    it('submits, resets to its value attribute, and restores browser-saved state', async () => {
      const filled = clone(filledByTag[tag]);
      const element = unsafeStatic(tag);
      render(
        html`<form>
          ${staticHtml`<${element} name="exercise" value=${JSON.stringify(filled)}></${element}>`}
          <button type="reset">reset</button>
        </form>`,
        container,
      );
      const form = container.querySelector('form')!;
      const el = container.querySelector(tag) as AnyCoprodElement;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(JSON.parse(new FormData(form).get('exercise') as string)).to.deep.equal(filled);

      const empty = (document.createElement(tag) as AnyCoprodElement).value;
      el.value = empty as never;
      expect(JSON.parse(new FormData(form).get('exercise') as string)).to.deep.equal(empty);
      form.reset();
      await settle();
      expect(el.value).to.deep.equal(filled);

      // What the browser hands back after back/forward navigation.
      (el as unknown as { formStateRestoreCallback(state: string, mode: string): void }).formStateRestoreCallback(JSON.stringify(empty), 'restore');
      expect(el.value).to.deep.equal(empty);
      (el as unknown as { formStateRestoreCallback(state: string, mode: string): void }).formStateRestoreCallback('{broken', 'restore');
      expect(el.value).to.deep.equal(empty);
    });

    it('is read-only inside a disabled fieldset', async () => {
      render(staticHtml`<form><fieldset disabled><${unsafeStatic(tag)} name="x"></${unsafeStatic(tag)}></fieldset></form>`, container);
      const el = container.querySelector(tag) as AnyCoprodElement;
      await el.updateComplete;
      await settle();
      const controls = [...el.shadowRoot!.querySelectorAll('input, textarea, select, button')].filter((control) => !(control as HTMLInputElement).disabled);
      expect(controls).to.have.length(0);
    });
  });
}
