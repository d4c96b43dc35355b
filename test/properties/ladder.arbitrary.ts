import fc from 'fast-check';
import { builtInRungIds } from '../../src/ladder/ladder.models.js';
import type { LadderModel, LadderState } from '../../src/ladder/ladder.types.js';
import { idText, localLabel, uniqueById, userText } from './arbitraries.js';

const customModel: fc.Arbitrary<LadderModel> = fc
  .record({
    id: idText,
    groups: uniqueById(fc.record({ id: idText, label: localLabel }), 3).filter((groups) => groups.length > 0),
  })
  .chain(({ id, groups }) =>
    uniqueById(
      fc.record({ id: idText, group: fc.constantFrom(...groups.map((group) => group.id)), label: localLabel, description: localLabel }),
      6,
    )
      .filter((rungs) => rungs.length > 0)
      .map((rungs) => ({ id, groups, rungs })),
  );

export const ladderState: fc.Arbitrary<LadderState> = fc
  .oneof(fc.constantFrom('co-production' as const, 'arnstein' as const), customModel)
  .chain((model) => {
    const rungs = typeof model === 'string' ? builtInRungIds[model] : model.rungs.map((rung) => rung.id);
    return fc.record({
      type: fc.constant('coprod-ladder' as const),
      version: fc.constant(1 as const),
      model: fc.constant(model),
      perspective: fc.constantFrom('individual' as const, 'team' as const),
      examples: uniqueById(
        fc.record({ id: idText, what: userText(), rung: fc.option(fc.constantFrom(...rungs), { nil: null }), outcomes: userText(), better: userText() }),
        6,
      ),
      reflection: fc.record({
        tendency: fc.option(fc.constantFrom('to' as const, 'for' as const, 'with' as const), { nil: null }),
        moveUp: userText(),
        skills: userText(),
        support: userText(),
      }),
    });
  });
