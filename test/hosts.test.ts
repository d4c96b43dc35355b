import { expect } from '@open-wc/testing';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { clone, fieldByLabel, settle, typeInto } from './helpers.js';

interface Host {
  received: unknown[];
  setState(value: unknown): void;
  unmount(): void;
}

type Mount = (container: HTMLElement, initial: unknown) => Host;

const hosts: [string, () => Promise<Mount>][] = [
  ['React 19', async () => (await import('/test-build/react-host.js' as string)).mountReactHost],
  ['Vue 3', async () => (await import('/test-build/vue-host.js' as string)).mountVueHost],
];

for (const [name, load] of hosts) {
  describe(`used from a ${name} app`, () => {
    let container: HTMLElement;
    let host: Host;

    beforeEach(async () => {
      container = document.createElement('div');
      document.body.append(container);
      host = (await load())(container, clone(filledLadder));
      await settle();
    });

    afterEach(() => {
      host.unmount();
      container.remove();
    });

    const ladder = () => container.querySelector('coprod-ladder') as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

    it('receives the state as a property', async () => {
      await ladder().updateComplete;
      expect(ladder().value).to.deep.equal(filledLadder);
      expect(ladder().shadowRoot!.textContent).to.contain(filledLadder.examples[0].what);
    });

    it('hears coprod-change from a user edit, and setting it back does not loop', async () => {
      await ladder().updateComplete;
      typeInto(fieldByLabel<HTMLTextAreaElement>(ladder(), 'How can I get support to learn these skills?'), 'Vraag het de buurtcoach.');
      await settle();
      await ladder().updateComplete;
      expect(host.received).to.have.length(1);
      expect((host.received[0] as typeof filledLadder).reflection.support).to.equal('Vraag het de buurtcoach.');
      expect(ladder().value).to.deep.equal(host.received[0]);
    });

    it('round-trips JSON through the host state', async () => {
      const changed = { ...clone(filledLadder), perspective: 'team' };
      host.setState(JSON.parse(JSON.stringify(changed)));
      await settle();
      await ladder().updateComplete;
      expect(JSON.parse(JSON.stringify(ladder()))).to.deep.equal(changed);
      expect(host.received).to.have.length(0);
    });
  });
}
