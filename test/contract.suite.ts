import { expect, fixtureCleanup } from '@open-wc/testing';
import { defineElement } from '../src/core/define.js';
import { NAME_LIMIT, TEXT_LIMIT } from '../src/core/limits.js';
import { clone, eventually, mount, mountIn, openSecondTab, query, queryAll, record, sameJson, settle, shadow, switchLocale, type AnyCoprodElement } from './helpers.js';

/** What the shared contract suite needs to know about one element. */
export interface ContractFixture<S extends { type: string; version: number }> {
  tag: string;
  /** A valid, filled-in state (Dutch example content is welcome). */
  filled: S;
  /** A copy of `filled` with `text` in one free-text field, and that field's JSON Pointer. */
  withText: (state: S, text: string) => S;
  textPath: string;
  /** A copy of `filled` with `text` in one name field (limit 200), and its pointer; omit when the element has none. */
  withName?: (state: S, text: string) => S;
  namePath?: string;
  /** Data this element must refuse, with the pointer the first error should name. */
  invalid: { name: string; data: (filled: S) => unknown; path: string }[];
  /** Makes one edit through the element's own controls, as a user would. */
  userEdit: (el: AnyCoprodElement) => Promise<void>;
}

const hostile = '<img src=x onerror="window.__coprodXss=1"><script>window.__coprodXss=1</script><b>bold</b>';

/** Controls a user could change state with; readonly must have none of them enabled. */
function enabledControls(el: HTMLElement): Element[] {
  return queryAll(el, 'input, textarea, select, button, [contenteditable="true"]').filter(
    (control) => !(control as HTMLInputElement).disabled && !control.closest('[hidden]'),
  );
}

export function runContractSuite<S extends { type: string; version: number }>(fixture: ContractFixture<S>): void {
  const { tag } = fixture;

  describe(`${tag}: shared contract`, () => {
    afterEach(async () => {
      fixtureCleanup();
      document.body.querySelectorAll(tag).forEach((el) => el.remove());
      localStorage.clear();
      await switchLocale('en');
    });

    it('is registered, and registering it again does not throw', () => {
      const existing = customElements.get(tag);
      expect(existing).to.be.a('function');
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(tag)).to.equal(existing);
    });

    it('starts with an empty exercise of the right type and version', async () => {
      const el = await mount(tag);
      const value = el.value as unknown as S;
      expect(value.type).to.equal(fixture.filled.type);
      expect(value.version).to.equal(1);
    });

    it('round-trips a filled state through value and JSON.stringify', async () => {
      const el = await mount(tag);
      el.value = clone(fixture.filled);
      await el.updateComplete;
      expect(el.value).to.deep.equal(fixture.filled);
      expect(JSON.parse(JSON.stringify(el))).to.deep.equal(fixture.filled);
      expect(el.toJSON()).to.deep.equal(fixture.filled);
    });

    it('gives copies: changing what was read or what was set does not change the element', async () => {
      const el = await mount(tag);
      const given = clone(fixture.filled) as Record<string, unknown>;
      el.value = given as never;
      given.type = 'changed';
      const read = el.value as Record<string, unknown>;
      read.version = 99;
      expect(el.value).to.deep.equal(fixture.filled);
    });

    const refusals: { name: string; data: (filled: S) => unknown; path: string }[] = [
      { name: 'a number', data: () => 42, path: '' },
      { name: 'null', data: () => null, path: '' },
      { name: 'a list', data: () => [], path: '' },
      { name: 'a string', data: () => 'text', path: '' },
      { name: 'the wrong type', data: (filled) => ({ ...filled, type: 'coprod-something-else' }), path: '/type' },
      { name: 'an unknown version', data: (filled) => ({ ...filled, version: 99 }), path: '/version' },
      { name: 'a version that is not a number', data: (filled) => ({ ...filled, version: 'one' }), path: '/version' },
      { name: 'over-long text', data: (filled) => fixture.withText(clone(filled), 'x'.repeat(TEXT_LIMIT + 1)), path: fixture.textPath },
      ...(fixture.withName && fixture.namePath
        ? [{ name: 'an over-long name', data: (filled: S) => fixture.withName!(clone(filled), 'n'.repeat(NAME_LIMIT + 1)), path: fixture.namePath }]
        : []),
      ...fixture.invalid,
    ];

    for (const refusal of refusals) {
      it(`refuses ${refusal.name} with a path and a message, and keeps its state`, async () => {
        const el = await mount(tag);
        el.value = clone(fixture.filled);
        const { invalids, changes } = record(el);
        el.value = refusal.data(clone(fixture.filled)) as never;
        await el.updateComplete;
        expect(invalids).to.have.length(1);
        const { errors, source } = invalids[0].detail;
        expect(source).to.equal('property');
        expect(errors.map((error) => error.path)).to.include(refusal.path);
        for (const error of errors) expect(error.message).to.be.a('string').and.not.empty;
        expect(invalids[0].bubbles && invalids[0].composed).to.equal(true);
        expect(el.value).to.deep.equal(fixture.filled);
        expect(changes).to.have.length(0);
      });
    }

    it('accepts text at the limit exactly', async () => {
      const el = await mount(tag);
      const atLimit = fixture.withText(clone(fixture.filled), 'y'.repeat(TEXT_LIMIT));
      const { invalids } = record(el);
      el.value = atLimit;
      expect(invalids).to.have.length(0);
      expect(el.value).to.deep.equal(atLimit);
    });

    it('says why in the active locale', async () => {
      const el = await mount(tag);
      const { invalids } = record(el);
      el.value = { ...fixture.filled, version: 99 };
      await switchLocale('nl');
      el.value = { ...fixture.filled, version: 99 };
      expect(invalids).to.have.length(2);
      expect(invalids[1].detail.errors[0].message).not.to.equal(invalids[0].detail.errors[0].message);
    });

    it('reads the value attribute as JSON text', async () => {
      const el = await mount(tag, { attributes: { value: JSON.stringify(fixture.filled) } });
      expect(el.value).to.deep.equal(fixture.filled);
    });

    for (const [name, text] of [
      ['JSON that is not an object', '42'],
      ['text that is not JSON', '{ "type": '],
    ] as const) {
      it(`refuses ${name} in the value attribute (source attribute) and tells the user`, async () => {
        const el = document.createElement(tag) as AnyCoprodElement;
        const { invalids } = record(el);
        el.setAttribute('value', text);
        document.body.append(el);
        await el.updateComplete;
        expect(invalids).to.have.length(1);
        expect(invalids[0].detail.source).to.equal('attribute');
        expect(invalids[0].detail.errors[0].path).to.equal('');
        expect((el.value as unknown as S).type).to.equal(fixture.filled.type);
        // The person reads one plain sentence; the technical detail is for developers, in the event.
        const alert = query(el, '[role=alert]').textContent ?? '';
        expect(alert).to.contain('could not be read');
        expect(alert).not.to.contain(invalids[0].detail.errors[0].message);
      });
    }

    it('fires coprod-change after a user edit, not after a programmatic set', async () => {
      const el = await mount(tag);
      const { changes } = record(el);
      el.value = clone(fixture.filled);
      el.setAttribute('value', JSON.stringify(fixture.filled));
      await el.updateComplete;
      expect(changes).to.have.length(0);
      await fixture.userEdit(el);
      await el.updateComplete;
      expect(changes.length).to.be.greaterThan(0);
      const last = changes[changes.length - 1];
      expect(last.bubbles && last.composed).to.equal(true);
      expect(last.detail.value).to.deep.equal(el.value);
      expect(el.value).not.to.deep.equal(fixture.filled);
    });

    it('submits its state as JSON under its name, and form reset returns to the value attribute', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      const el = await mount(tag, { attributes: { name: 'exercise', value: JSON.stringify(fixture.filled) }, parent: form });
      expect(JSON.parse(new FormData(form).get('exercise') as string)).to.deep.equal(fixture.filled);
      await fixture.userEdit(el);
      await el.updateComplete;
      expect(JSON.parse(new FormData(form).get('exercise') as string)).to.deep.equal(el.value);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(fixture.filled);
      form.remove();
    });

    it('form reset without a value attribute returns to the empty exercise', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      const el = await mount(tag, { attributes: { name: 'exercise' }, parent: form });
      const empty = el.value;
      el.value = clone(fixture.filled);
      form.reset();
      expect(el.value).to.deep.equal(empty);
      form.remove();
    });

    it('restores from storage over the value attribute, and saves each edit', async () => {
      const key = `contract-${tag}`;
      localStorage.setItem(key, JSON.stringify(fixture.filled));
      const el = await mount(tag, { attributes: { 'storage-key': key, value: JSON.stringify({ type: fixture.filled.type, version: 1 }) } });
      expect(el.value).to.deep.equal(fixture.filled);
      await fixture.userEdit(el);
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(el.value);
      el.remove();
      const again = await mount(tag, { attributes: { 'storage-key': key } });
      expect(again.value).to.deep.equal(JSON.parse(localStorage.getItem(key)!));
    });

    it('follows another tab with the same storage-key, so neither overwrites the other with a stale copy', async () => {
      const key = `contract-${tag}-two-tabs`;
      localStorage.setItem(key, JSON.stringify(fixture.filled));
      const here = await mount(tag, { attributes: { 'storage-key': key } });
      const tab = await openSecondTab();
      try {
        const there = await mountIn(tab, tag, { 'storage-key': key });
        expect(there.value).to.deep.equal(fixture.filled);
        await fixture.userEdit(there);
        const editedThere = there.value;
        expect(sameJson(editedThere, fixture.filled), 'the edit in the other tab changed the exercise').to.equal(false);
        await eventually(() => sameJson(here.value, editedThere), 'this tab shows the other tab’s edit');
        // Typing here now keeps the other tab's edit, and the other tab follows in turn.
        const expected = fixture.withText(clone(editedThere) as S, 'Getypt in het eerste tabblad');
        here.importJSON(JSON.stringify(expected));
        await here.updateComplete;
        expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(expected);
        await eventually(() => sameJson(there.value, expected), 'the other tab shows this tab’s edit');
      } finally {
        tab.close();
      }
    });

    it('follows another element with the same storage-key on this page', async () => {
      const key = `contract-${tag}-same-page`;
      const first = await mount(tag, { attributes: { 'storage-key': key } });
      const second = await mount(tag, { attributes: { 'storage-key': key } });
      const { changes } = record(second);
      first.importJSON(JSON.stringify(fixture.filled));
      await settle();
      expect(second.value).to.deep.equal(fixture.filled);
      expect(changes, 'following a save is not a user edit').to.have.length(0);
    });

    it('lets a value property set by script win over storage', async () => {
      const key = `contract-${tag}-property`;
      localStorage.setItem(key, JSON.stringify(fixture.filled));
      const el = document.createElement(tag) as AnyCoprodElement;
      const empty = (await mount(tag)).value;
      el.setAttribute('storage-key', key);
      el.value = empty;
      document.body.append(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal(empty);
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(empty);
    });

    it('refuses corrupted storage (source storage) and leaves the stored text untouched', async () => {
      const key = `contract-${tag}-broken`;
      for (const broken of ['{not json', JSON.stringify({ type: 'other', version: 1 })]) {
        localStorage.setItem(key, broken);
        const el = document.createElement(tag) as AnyCoprodElement;
        const { invalids } = record(el);
        el.setAttribute('storage-key', key);
        document.body.append(el);
        await el.updateComplete;
        expect(invalids).to.have.length(1);
        expect(invalids[0].detail.source).to.equal('storage');
        expect(localStorage.getItem(key)).to.equal(broken);
        el.remove();
      }
    });

    it('has no enabled controls when readonly, and still shows the content', async () => {
      const el = await mount(tag, { attributes: { readonly: '' }, properties: { value: fixture.withText(clone(fixture.filled), 'Visible when read-only') } });
      expect(enabledControls(el)).to.have.length(0);
      expect(shadow(el).textContent).to.contain('Visible when read-only');
    });

    it('shows user text containing HTML as text and never runs it', async () => {
      for (const readonly of [false, true]) {
        const el = await mount(tag, { properties: { value: fixture.withText(clone(fixture.filled), hostile), readonly } });
        await settle();
        const root = shadow(el);
        const shown = [...root.querySelectorAll('textarea, input')].some((field) => (field as HTMLInputElement).value === hostile) || (root.textContent ?? '').includes(hostile);
        expect(shown, readonly ? 'readonly' : 'editable').to.equal(true);
        expect(root.querySelector('img[onerror], script, b')).to.equal(null);
        expect((window as unknown as Record<string, unknown>).__coprodXss).to.equal(undefined);
        el.remove();
      }
    });

    it('keeps its state, including what the user typed, when the locale changes', async () => {
      const el = await mount(tag);
      el.value = clone(fixture.filled);
      await fixture.userEdit(el);
      const before = el.value;
      const englishText = shadow(el).textContent;
      await switchLocale('nl');
      await el.updateComplete;
      expect(el.value).to.deep.equal(before);
      expect(shadow(el).textContent).not.to.equal(englishText);
      await switchLocale('en');
      await el.updateComplete;
      expect(el.value).to.deep.equal(before);
    });

    for (const variant of ['en', 'nl', 'readonly', 'empty'] as const) {
      it(`passes axe-core accessibility checks (${variant})`, async () => {
        if (variant === 'nl') await switchLocale('nl');
        const el = await mount(tag, {
          attributes: variant === 'readonly' ? { readonly: '' } : {},
          properties: variant === 'empty' ? {} : { value: clone(fixture.filled) },
        });
        await expect(el).to.be.accessible();
      });
    }
  });
}
