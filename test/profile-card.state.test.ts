import { expect } from '@open-wc/testing';
import { parseState } from '../src/core/validate.js';
import { fitWithin, PHOTO_MAX_SIZE } from '../src/profile-card/photo.js';
import { emptyProfile, moveSection, nextSectionId, profileSchema } from '../src/profile-card/profile-card.state.js';
import { filledProfile, teamProfiles } from './fixtures/profile-card.fixtures.js';

const paths = (data: unknown) => {
  const result = parseState(profileSchema, data);
  return result.ok ? [] : result.errors.map((error) => error.path);
};

describe('profile card state (pure)', () => {
  it('accepts the empty, the filled and the team profiles unchanged', () => {
    for (const state of [emptyProfile(), filledProfile, ...teamProfiles]) {
      expect(parseState(profileSchema, JSON.parse(JSON.stringify(state)))).to.deep.equal({ ok: true, value: state });
    }
  });

  it('fills missing optional fields, so hand-written JSON works', () => {
    const result = parseState(profileSchema, { type: 'coprod-profile', version: 1, name: 'Sanne' });
    expect(result).to.deep.equal({ ok: true, value: { ...emptyProfile(), name: 'Sanne' } });
    const sections = parseState(profileSchema, { type: 'coprod-profile', version: 1, sections: [{ id: 'important' }, { id: 'talents', items: ['Tekenen'] }] });
    expect(sections.ok && sections.value.sections).to.deep.equal([
      { id: 'important', items: [] },
      { id: 'talents', items: ['Tekenen'] },
    ]);
  });

  it('keeps the title of a renamed default section', () => {
    const result = parseState(profileSchema, { ...filledProfile, sections: [{ id: 'support', title: 'Zo help je mij', items: [] }] });
    expect(result.ok && result.value.sections[0]).to.deep.equal({ id: 'support', title: 'Zo help je mij', items: [] });
  });

  it('reports every fault with its path', () => {
    expect(
      paths({
        type: 'coprod-profile',
        version: 1,
        name: 5,
        age: -1,
        photo: 'ftp://x',
        show: { photo: 'no' },
        sections: [{ id: '', items: 'a' }, { id: 'x', title: 3, items: [1] }],
      }),
    ).to.have.members(['/name', '/age', '/photo', '/show/photo', '/sections/0/id', '/sections/0/items', '/sections/1/title', '/sections/1/items/0']);
  });

  it('takes ages 0 to 130 in whole years, or null', () => {
    for (const age of [0, 42, 130, null]) expect(paths({ ...filledProfile, age }), String(age)).to.deep.equal([]);
    for (const age of [-1, 131, 12.5, '40', Number.NaN]) expect(paths({ ...filledProfile, age }), String(age)).to.deep.equal(['/age']);
  });

  it('takes only https: and data:image photos', () => {
    for (const photo of [null, 'https://example.org/a.jpg', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/webp;base64,UklGRg==', 'data:image/jpeg;base64,/9j/4AAQ', 'data:image/svg+xml;base64,PHN2Zz4=', 'data:image/gif,GIF89a']) {
      expect(paths({ ...filledProfile, photo }), String(photo)).to.deep.equal([]);
    }
    for (const photo of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PGI+', 'data:image,nothing', 'data:imagex/png;base64,AA', 'http://example.org/a.jpg', '//example.org/a.jpg', 'foto.jpg', 12]) {
      expect(paths({ ...filledProfile, photo }), String(photo)).to.deep.equal(['/photo']);
    }
  });

  it('refuses more than 20 sections or 50 items in one', () => {
    const sections = Array.from({ length: 21 }, (_, i) => ({ id: `s${i}`, title: 'x', items: [] }));
    expect(paths({ ...filledProfile, sections })).to.deep.equal(['/sections']);
    expect(paths({ ...filledProfile, sections: [{ id: 'appreciate', items: Array(51).fill('x') }] })).to.deep.equal(['/sections/0/items']);
  });

  it('moves sections and finds free section ids', () => {
    const ids = (list: { id: string }[]) => list.map((section) => section.id);
    expect(ids(moveSection(filledProfile.sections, 3, 0))).to.deep.equal(['s1', 'appreciate', 'important', 'support']);
    expect(ids(moveSection(filledProfile.sections, 0, 9))).to.deep.equal(['important', 'support', 's1', 'appreciate']);
    expect(ids(filledProfile.sections)).to.deep.equal(['appreciate', 'important', 'support', 's1']);
    expect(nextSectionId(filledProfile.sections)).to.match(/^s5-[0-9a-z]{4}$/);
    expect(nextSectionId(emptyProfile().sections)).to.match(/^s4-[0-9a-z]{4}$/);
  });

  it('fits a photo within 256 px, keeping its shape and never enlarging', () => {
    expect(PHOTO_MAX_SIZE).to.equal(256);
    expect(fitWithin(3000, 2000)).to.deep.equal({ width: 256, height: 171 });
    expect(fitWithin(2000, 3000)).to.deep.equal({ width: 171, height: 256 });
    expect(fitWithin(4000, 4000)).to.deep.equal({ width: 256, height: 256 });
    expect(fitWithin(100, 60)).to.deep.equal({ width: 100, height: 60 });
    expect(fitWithin(10000, 10)).to.deep.equal({ width: 256, height: 1 });
  });
});
