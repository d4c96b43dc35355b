import { expect } from '@open-wc/testing';
import '../src/index.js';
import '../src/room/define.js';
import { filledByTag } from './fixtures/all.fixtures.js';
import { firstAndLatestReadiness, groupReadiness } from './fixtures/radar-group.fixtures.js';
import { circleWithSnapshots } from './fixtures/support-circle.fixtures.js';
import { ladderWithSnapshots } from './fixtures/ladder.fixtures.js';
import { teamProfiles } from './fixtures/profile-card.fixtures.js';
import { clone, mount, shadow } from './helpers.js';

/** custom-elements.json (built by `npm test` first) against the elements as they render. */
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  events?: { name: string }[];
  members?: { name: string; kind: string; static?: boolean; privacy?: string }[];
}
interface Manifest {
  modules: { path: string; declarations: Declaration[] }[];
}

describe('custom-elements.json matches the rendered elements', () => {
  let elements: Declaration[];

  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    elements = manifest.modules.flatMap((module) => module.declarations).filter((declaration) => declaration.tagName);
  });

  it('lists every element of the package', () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal([...Object.keys(filledByTag), 'coprod-room'].sort());
  });

  it('each documented attribute is observed by the element', () => {
    for (const declaration of elements) {
      const observed = (customElements.get(declaration.tagName!) as unknown as { observedAttributes: string[] }).observedAttributes;
      for (const attribute of declaration.attributes ?? []) expect(observed, `${declaration.tagName}[${attribute.name}]`).to.include(attribute.name);
    }
  });

  it('each documented public method and property exists on the element', () => {
    for (const declaration of elements) {
      const element = document.createElement(declaration.tagName!) as unknown as Record<string, unknown>;
      for (const member of declaration.members ?? []) {
        if (member.static || (member.privacy && member.privacy !== 'public')) continue;
        expect(member.name in element, `${declaration.tagName}.${member.name}`).to.equal(true);
      }
    }
  });

  it('each documented part is rendered, editable or read-only, with its filled-in state', async () => {
    // The room's parts need a room server: test/room.test.ts renders them.
    for (const declaration of elements.filter((element) => element.tagName! in filledByTag)) {
      const tag = declaration.tagName!;
      const rendered = new Set<string>();
      let hasDateField = false;
      // The gratitude exercise draws other parts in each of its modes.
      // The radar's group view needs a group (3 people or more) and someone's first and latest reading.
      const states =
        tag === 'coprod-gratitude'
          ? ['three-good-things', 'postcard', 'diary'].map((mode) => ({ ...clone(filledByTag[tag]), mode }))
          : tag === 'coprod-readiness-radar'
            ? [clone(filledByTag[tag]), clone(groupReadiness), clone(firstAndLatestReadiness)]
            : tag === 'coprod-support-circle'
              ? [clone(filledByTag[tag]), clone(circleWithSnapshots)]
              : tag === 'coprod-ladder'
                ? [clone(filledByTag[tag]), clone(ladderWithSnapshots)]
                : [clone(filledByTag[tag])];
      for (const [readonly, state] of [false, true].flatMap((ro) => states.map((st) => [ro, st] as const))) {
        const el = await mount(tag, { properties: { value: clone(state) }, attributes: readonly ? { readonly: '' } : {} });
        // A card handed in goes to a host that takes it.
        el.addEventListener('coprod-submit', (event) => event.preventDefault());
        const collect = () => {
          for (const node of shadow(el).querySelectorAll('[part]')) for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
          hasDateField ||= shadow(el).querySelector('input[type=date]') !== null;
        };
        collect();
        // Parts that appear after a user action: the offer for the next person after keeping a reading,
        const keep = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'Keep today’s answers as a reading');
        if (keep && !readonly) {
          keep.click();
          await el.updateComplete;
          collect();
        }
        // a snapshot shown beside now,
        const openSnapshot = shadow(el).querySelector<HTMLButtonElement>('.snapshot-open');
        if (openSnapshot) {
          openSnapshot.click();
          await el.updateComplete;
          collect();
        }
        // and the card's thank-you after handing it in.
        const handIn = shadow(el).querySelector<HTMLButtonElement>('[part~="hand-in"]');
        if (handIn) {
          handIn.click();
          await el.updateComplete;
          collect();
        }
        el.remove();
      }
      // A group's profile cards: one following the group's template, one showing the gallery.
      if (tag === 'coprod-profile-card') {
        const template = await mount(tag, { properties: { value: clone(filledByTag[tag]) }, attributes: { id: 'manifest-template' } });
        const follower = await mount(tag, { properties: { value: clone(teamProfiles[0]) }, attributes: { template: 'manifest-template' } });
        const gallery = await mount(tag, { attributes: { template: 'manifest-template', gallery: '' } });
        await new Promise((resolve) => setTimeout(resolve, 0));
        for (const el of [follower, gallery]) {
          await el.updateComplete;
          for (const node of shadow(el).querySelectorAll('[part]')) for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
        }
        for (const el of [template, follower, gallery]) el.remove();
      }
      // `date-words` is the base's part beside a date field: an element without one (the ladder) has none.
      const missing = (declaration.cssParts ?? [])
        .map((part) => part.name)
        .filter((part) => !rendered.has(part) && !(part === 'date-words' && !hasDateField));
      expect(missing, `${tag}: documented parts not rendered`).to.deep.equal([]);
    }
  });
});
