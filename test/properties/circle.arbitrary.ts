import fc from 'fast-check';
import { ringIds, type SupportCircleState } from '../../src/support-circle/circle.types.js';
import { idText, uniqueById, userText } from './arbitraries.js';

export const supportCircleState: fc.Arbitrary<SupportCircleState> = fc.record({
  type: fc.constant('coprod-support-circle' as const),
  version: fc.constant(1 as const),
  people: uniqueById(
    fc.record({ id: idText, name: userText(150), ring: fc.constantFrom(...ringIds), involvement: userText(), contact: userText() }),
    12,
  ),
});
