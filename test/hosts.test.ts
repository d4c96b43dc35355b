import { expect } from '@open-wc/testing';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { clone, settle, shadow, typeInto } from './helpers.js';

interface Host {
  received: unknown[];
  setState(value: unknown): void;
  unmount(): void;
}

type Mount = (container: HTMLElement, tag: string, initial: unknown) => Host;

const hosts: [string, () => Promise<Mount>][] = [
  ['React 19', async () => (await import('/test-build/react-host.js' as string)).mountReactHost],
  ['Vue 3', async () => (await import('/test-build/vue-host.js' as string)).mountVueHost],
];

for (const [name, load] of hosts) {
  for (const tag of allTags) {
    describe(`${tag} used from a ${name} app`, () => {
      let container: HTMLElement;
      let host: Host;
      const filled = filledByTag[tag];

      beforeEach(async () => {
        container = document.createElement('div');
        document.body.append(container);
        host = (await load())(container, tag, clone(filled));
        await settle();
      });

      afterEach(() => {
        host.unmount();
        container.remove();
      });

      const element = () => container.querySelector(tag) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

      it('receives the state as a property', async () => {
        await element().updateComplete;
        expect(element().value).to.deep.equal(filled);
      });

      it('hears coprod-change from a user edit, and setting it back does not loop', async () => {
        await element().updateComplete;
        const field = shadow(element()).querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type=text]')!;
        typeInto(field, `${field.value} — aangevuld`);
        await settle();
        await element().updateComplete;
        expect(host.received).to.have.length(1);
        expect(element().value).to.deep.equal(host.received[0]);
        expect(element().value).not.to.deep.equal(filled);
      });

      it('round-trips JSON through the host state', async () => {
        const empty = (document.createElement(tag) as HTMLElement & { value: unknown }).value;
        host.setState(JSON.parse(JSON.stringify(empty)));
        await settle();
        await element().updateComplete;
        expect(JSON.parse(JSON.stringify(element()))).to.deep.equal(empty);
        host.setState(JSON.parse(JSON.stringify(filled)));
        await settle();
        expect(JSON.parse(JSON.stringify(element()))).to.deep.equal(filled);
        expect(host.received).to.have.length(0);
      });
    });
  }
}
