import fc from 'fast-check';
import { statuses, type BoardCard, type OpportunityBoardState, type OpportunityCardState } from '../../src/opportunity/opportunity.types.js';
import { defaultSectionIds, type ProfileSection, type ProfileState } from '../../src/profile-card/profile-card.types.js';
import { idText, isoDate, uniqueById, userText } from './arbitraries.js';

/** A standard or a group's own section, with or without its own title. */
const section: fc.Arbitrary<ProfileSection> = fc.record(
  { id: fc.oneof(fc.constantFrom(...defaultSectionIds), idText), title: userText(200), items: fc.array(userText(), { maxLength: 4 }) },
  { requiredKeys: ['id', 'items'] },
);

export const profileState: fc.Arbitrary<ProfileState> = fc.record({
  type: fc.constant('coprod-profile' as const),
  version: fc.constant(1 as const),
  name: userText(200),
  age: fc.option(fc.integer({ min: 0, max: 130 }), { nil: null }),
  photo: fc.constantFrom(null, 'https://example.org/team/sanne.jpg', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/webp;base64,UklGRiQAAABXRUJQ'),
  show: fc.record({ age: fc.boolean(), photo: fc.boolean() }),
  sections: uniqueById(section, 6),
});

const cardFields = {
  id: idText,
  idea: userText(),
  name: userText(200),
  date: isoDate,
  wantsToJoin: fc.boolean(),
  status: fc.constantFrom(...statuses),
};

export const opportunityCardState: fc.Arbitrary<OpportunityCardState> = fc.record({
  type: fc.constant('coprod-opportunity-card' as const),
  version: fc.constant(1 as const),
  ...cardFields,
});

// decided and invited are optional additions: present or absent, both must round-trip.
const boardCard: fc.Arbitrary<BoardCard> = fc.record(
  { ...cardFields, meeting: fc.option(isoDate, { nil: null }), decided: userText(), invited: fc.boolean() },
  { requiredKeys: [...(Object.keys(cardFields) as (keyof typeof cardFields)[]), 'meeting'] },
);

export const opportunityBoardState: fc.Arbitrary<OpportunityBoardState> = fc.record({
  type: fc.constant('coprod-opportunity-board' as const),
  version: fc.constant(1 as const),
  keeper: userText(200),
  cards: uniqueById(boardCard, 8),
  keepers: fc.dictionary(isoDate, userText(200), { maxKeys: 3 }),
}, { requiredKeys: ['type', 'version', 'keeper', 'cards'] });
