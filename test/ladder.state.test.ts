import { expect } from '@open-wc/testing';
import { parseState } from '../src/core/validate.js';
import { emptyLadder, ladderSchema, nextExampleId } from '../src/ladder/ladder.state.js';
import { builtInRungIds } from '../src/ladder/ladder.models.js';
import { filledLadder, municipalModel } from './fixtures/ladder.fixtures.js';

describe('ladder state (pure)', () => {
  it('accepts the empty and the filled worksheet unchanged', () => {
    for (const state of [emptyLadder(), filledLadder]) {
      const result = parseState(ladderSchema, JSON.parse(JSON.stringify(state)));
      expect(result).to.deep.equal({ ok: true, value: state });
    }
  });

  it('fills missing optional fields, so hand-written JSON works', () => {
    const result = parseState(ladderSchema, { type: 'coprod-ladder', version: 1, examples: [{ id: 'a', rung: 'consultation' }] });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.examples[0]).to.deep.equal({ id: 'a', what: '', rung: 'consultation', outcomes: '', better: '' });
      expect(result.value.reflection.tendency).to.equal(null);
      expect(result.value.model).to.equal('co-production');
    }
  });

  it('reports every fault with its path, not just the first', () => {
    const result = parseState(ladderSchema, {
      type: 'coprod-ladder',
      version: 1,
      perspective: 'everyone',
      examples: [{ id: 'a', rung: 'nowhere' }, { id: '', what: 3 }],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).to.have.members(['/perspective', '/examples/0/rung', '/examples/1/id', '/examples/1/what']);
  });

  it('checks rungs against the model in the same data', () => {
    const onCustom = { ...filledLadder, model: municipalModel, examples: [{ ...filledLadder.examples[0], rung: 'co-design' }] };
    const result = parseState(ladderSchema, onCustom);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0].path).to.equal('/examples/0/rung');
  });

  it('refuses a custom model without rungs or with duplicate rung ids', () => {
    const noRungs = parseState(ladderSchema, { ...filledLadder, examples: [], model: { ...municipalModel, rungs: [] } });
    expect(!noRungs.ok && noRungs.errors[0].path).to.equal('/model/rungs');
    const twice = parseState(ladderSchema, { ...filledLadder, examples: [], model: { ...municipalModel, rungs: [municipalModel.rungs[0], municipalModel.rungs[0]] } });
    expect(!twice.ok && twice.errors[0].path).to.equal('/model/rungs/1/id');
  });

  it('escapes JSON Pointer segments in paths', () => {
    const model = { ...municipalModel, groups: [{ id: 'listen', label: { 'en/GB': 5 } }] };
    const result = parseState(ladderSchema, { ...filledLadder, examples: [], model: { ...model, rungs: [municipalModel.rungs[0]] } });
    expect(!result.ok && result.errors[0].path).to.equal('/model/groups/0/label/en~1GB');
  });

  it('knows the built-in rungs bottom to top', () => {
    expect(builtInRungIds['co-production'][0]).to.equal('coercion');
    expect(builtInRungIds.arnstein).to.have.length(8);
    expect(builtInRungIds.arnstein[7]).to.equal('citizen-control');
  });

  it('makes example ids that are not taken', () => {
    expect(nextExampleId([])).to.match(/^e1-[0-9a-z]{4}$/);
    expect(nextExampleId([{ id: 'e2', what: '', rung: null, outcomes: '', better: '' }])).to.match(/^e2-[0-9a-z]{4}$/);
  });

  it('migrates older versions through the schema migrations', () => {
    const schema = { ...ladderSchema, migrations: { 0: (old: Record<string, unknown>) => ({ ...old, version: 1, examples: old.items }) } };
    const result = parseState(schema, { type: 'coprod-ladder', version: 0, items: [{ id: 'old', rung: 'informing' }] });
    expect(result.ok && result.value.examples[0].id).to.equal('old');
    const unknown = parseState(ladderSchema, { type: 'coprod-ladder', version: 0 });
    expect(!unknown.ok && unknown.errors[0].path).to.equal('/version');
  });
});
