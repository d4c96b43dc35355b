import { expect } from '@open-wc/testing';
import type { LadderState } from '../src/index.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { clone, eventually, settle, shadow, typeInto } from './helpers.js';
import type { HostOptions } from './hosts/host-options.js';

// Each host app is bundled by scripts/build-test-hosts.mjs (run by `npm test`) into test-build/.

interface Host {
  /** `detail.value` of every `coprod-change` the host heard. */
  received: unknown[];
  /** What the host's own form `submit` handler read from `FormData` (field `exercise`). */
  submitted: unknown[];
  /** The host sets new state (as after loading it from a server). */
  setState(value: unknown): void;
  /** The host renders again for a reason of its own (a counter in an `<output>`). */
  rerender(): void;
  unmount(): void;
}

type Mount = (container: HTMLElement, tag: string, initial: unknown, options: HostOptions) => Host | Promise<Host>;
type MountForm = (container: HTMLElement, start: LadderState, onSave: (state: LadderState) => void) => { unmount(): void } | Promise<{ unmount(): void }>;

const load = async (file: string) => import(`/test-build/${file}` as string);
const hosts: [string, () => Promise<{ host: Mount; form: MountForm }>][] = [
  ['React 19', async () => ({ host: (await load('react-host.js')).mountReactHost, form: (await load('react-host.js')).mountReactLadderForm })],
  ['Vue 3', async () => ({ host: (await load('vue-host.js')).mountVueHost, form: (await load('vue-host.js')).mountVueLadderForm })],
  ['Preact 10', async () => ({ host: (await load('preact-host.js')).mountPreactHost, form: (await load('preact-host.js')).mountPreactLadderForm })],
  ['SolidJS 1.9', async () => ({ host: (await load('solid-host.js')).mountSolidHost, form: (await load('solid-host.js')).mountSolidLadderForm })],
  ['Svelte 5', async () => ({ host: (await load('svelte-host.svelte.js')).mountSvelteHost, form: (await load('svelte-host.svelte.js')).mountSvelteLadderForm })],
  ['Angular 21', async () => ({ host: (await load('angular-host.js')).mountAngularHost, form: (await load('angular-host.js')).mountAngularLadderForm })],
];

describe('Preact and an element defined only after the first render (docs/embedding.md)', () => {
  it('gets "[object Object]" as its value attribute and refuses it: import the element first', async () => {
    const { renderPreactElement } = await load('preact-host.js');
    const container = document.body.appendChild(document.createElement('div'));
    const refused: Event[] = [];
    container.addEventListener('coprod-invalid', (event) => refused.push(event));
    const tag = 'coprod-ladder-defined-late';
    const app = renderPreactElement(container, tag, { value: clone(filledLadder) });
    try {
      const element = container.querySelector(tag) as Exercise;
      expect(element.getAttribute('value')).to.equal('[object Object]');
      customElements.define(tag, class extends (customElements.get('coprod-ladder') as CustomElementConstructor) {});
      await element.updateComplete;
      expect(refused).to.have.length(1);
      expect(element.value).not.to.deep.equal(filledLadder);
      // Defined before the render (as documented), the same props set the state.
      const defined = renderPreactElement(container, 'coprod-ladder', { value: clone(filledLadder) });
      await settle();
      expect((container.querySelector('coprod-ladder') as Exercise).value).to.deep.equal(filledLadder);
      defined.unmount();
    } finally {
      app.unmount();
      container.remove();
    }
  });
});

type Exercise = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

/** Calls `seen` on every set of the element's `value` property, as the element's own setter runs; returns a function that stops. */
function watchValueSets(element: HTMLElement, seen: () => void): () => void {
  let owner: object | null = Object.getPrototypeOf(element) as object;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'value')) owner = Object.getPrototypeOf(owner) as object | null;
  const inherited = Object.getOwnPropertyDescriptor(owner!, 'value')!;
  Object.defineProperty(element, 'value', {
    configurable: true,
    get: () => inherited.get!.call(element) as unknown,
    set: (next: unknown) => {
      seen();
      inherited.set!.call(element, next);
    },
  });
  return () => delete (element as Partial<Exercise>).value;
}
const firstField = (element: HTMLElement) => shadow(element).querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type=text]')!;

for (const [name, modules] of hosts) {
  describe(`the ladder example for ${name} in docs/embedding.md`, () => {
    it('shows the state, hears an edit, and saves it with its form', async () => {
      const container = document.body.appendChild(document.createElement('div'));
      const saved: LadderState[] = [];
      const app = await (await modules()).form(container, clone(filledLadder), (state) => saved.push(state));
      try {
        const ladder = () => container.querySelector('coprod-ladder') as Exercise;
        await eventually(() => !!ladder()?.shadowRoot, `${name} rendered the ladder`, 10_000);
        await ladder().updateComplete;
        expect(ladder().value).to.deep.equal(filledLadder);
        // The example keeps each edit in its own state and passes it back as `value`: wait for that render.
        // (Setting back what the element holds changes nothing in it, so the setter itself is watched.)
        let passedBack = false;
        const stop = watchValueSets(ladder(), () => (passedBack = true));
        const field = firstField(ladder());
        typeInto(field, `${field.value} — aangevuld`);
        await eventually(() => passedBack, `${name} passed the edited state back as value`, 10_000);
        stop();
        await ladder().updateComplete;
        expect(firstField(ladder()).value).to.match(/— aangevuld$/);
        const form = container.querySelector('form')!;
        expect(JSON.parse(new FormData(form).get('ladder') as string)).to.deep.equal(ladder().value);
        container.querySelector<HTMLButtonElement>('form > button')!.click();
        await eventually(() => saved.length === 1, `${name} saved`, 10_000);
        expect(JSON.parse(JSON.stringify(saved[0]))).to.deep.equal(ladder().value);
        expect(saved[0]).not.to.deep.equal(filledLadder);
      } finally {
        app.unmount();
        container.remove();
      }
    });
  });

  for (const controlled of [true, false]) {
    for (const tag of allTags) {
      describe(`${tag} used from a ${name} app (${controlled ? 'controlled' : 'the same object on every render'})`, () => {
        let container: HTMLElement;
        let host: Host;
        const filled = filledByTag[tag];
        const element = () => container.querySelector(tag) as Exercise;
        /** Types into the first text field as a person would; returns what the field now holds. */
        const edit = async () => {
          await element().updateComplete;
          const field = firstField(element());
          const typed = `${field.value} — aangevuld`;
          typeInto(field, typed);
          await settle();
          await element().updateComplete;
          return typed;
        };

        beforeEach(async () => {
          container = document.createElement('div');
          document.body.append(container);
          host = await (await modules()).host(container, tag, clone(filled), { controlled });
          await settle();
          await eventually(() => !!element()?.shadowRoot, `${name} rendered ${tag}`, 10_000);
        });

        afterEach(() => {
          host.unmount();
          container.remove();
        });

        it('receives the state as a property', async () => {
          await element().updateComplete;
          expect(element().value).to.deep.equal(filled);
        });

        it('hears coprod-change from a user edit, and the host passing state back does not loop', async () => {
          await edit();
          await settle();
          expect(host.received).to.have.length(1);
          expect(element().value).to.deep.equal(host.received[0]);
          expect(element().value).not.to.deep.equal(filled);
        });

        it('keeps what was typed when the host renders again', async () => {
          const typed = await edit();
          host.rerender();
          await settle();
          await element().updateComplete;
          expect(container.querySelector('output')!.textContent!.trim(), 'the host rendered again').to.equal('1');
          expect(firstField(element()).value).to.equal(typed);
          expect(element().value).to.deep.equal(host.received.at(-1));
          expect(host.received).to.have.length(1);
        });

        // The form and a JSON round trip do not depend on how the host holds state: once is enough.
        if (controlled) {
          it("sends the edited state with the host's form", async () => {
            await edit();
            container.querySelector<HTMLButtonElement>('form > button')!.click();
            await eventually(() => host.submitted.length === 1, 'the host form was submitted', 10_000);
            expect(JSON.parse(host.submitted[0] as string)).to.deep.equal(element().value);
            expect(element().value).to.deep.equal(host.received.at(-1));
          });

          it('round-trips JSON through the host state', async () => {
            const empty = (document.createElement(tag) as Exercise).value;
            host.setState(JSON.parse(JSON.stringify(empty)));
            await settle();
            await element().updateComplete;
            expect(JSON.parse(JSON.stringify(element()))).to.deep.equal(empty);
            host.setState(JSON.parse(JSON.stringify(filled)));
            await settle();
            expect(JSON.parse(JSON.stringify(element()))).to.deep.equal(filled);
            expect(host.received).to.have.length(0);
          });
        }
      });
    }
  }
}
