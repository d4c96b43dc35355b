import fc from 'fast-check';
import { gratitudeModes, type GratitudeState } from '../../src/gratitude/gratitude.types.js';
import { idText, isoDate, uniqueById, userText } from './arbitraries.js';

export const gratitudeState: fc.Arbitrary<GratitudeState> = fc.record({
  type: fc.constant('coprod-gratitude' as const),
  version: fc.constant(1 as const),
  mode: fc.constantFrom(...gratitudeModes),
  date: fc.option(isoDate, { nil: null }),
  items: uniqueById(fc.record({ id: idText, text: userText(), why: userText() }), 3),
  to: userText(200),
  message: userText(),
  diary: fc.record({ achieved: userText(), learned: userText(), people: userText(), partOf: userText() }),
});
