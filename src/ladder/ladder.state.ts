import { newItemId } from '../core/ids.js';
import { TEXT_LIMIT } from '../core/limits.js';
import { messages } from '../core/messages.js';
import { Checker, pointer, type Json, type StateSchema } from '../core/validate.js';
import { rungIdsOf } from './ladder.models.js';
import {
  builtInModelIds,
  perspectives,
  tendencies,
  type LadderExample,
  type LadderGroup,
  type LadderModel,
  type LadderRung,
  type LadderContent,
  type LadderSnapshot,
  type LadderState,
} from './ladder.types.js';
import { nextSnapshotId, readSnapshotHeader, readSnapshots } from '../core/snapshots.js';

const MAX_RUNGS = 30;
const MAX_EXAMPLES = 200;

export function emptyLadder(): LadderState {
  return {
    type: 'coprod-ladder',
    version: 1,
    model: 'co-production',
    perspective: 'individual',
    examples: [],
    reflection: { tendency: null, moveUp: '', skills: '', support: '' },
  };
}

export function emptyExample(id: string): LadderExample {
  return { id, what: '', rung: null, outcomes: '', better: '' };
}

/** A new id not used by any example yet. */
export function nextExampleId(examples: readonly LadderExample[]): string {
  return newItemId('e', examples);
}

function readCustomModel(value: Json, path: string, check: Checker): LadderModel {
  const id = check.id(value.id, pointer(path, 'id'));
  const groups = check.list(value.groups, pointer(path, 'groups'), { optional: false, max: MAX_RUNGS }).map(
    (raw, index): LadderGroup => {
      const at = pointer(pointer(path, 'groups'), index);
      const group = check.object(raw, at) ?? {};
      return {
        id: check.id(group.id, pointer(at, 'id')),
        label: check.localLabel(group.label, pointer(at, 'label')),
        ...(group.description !== undefined && { description: check.localLabel(group.description, pointer(at, 'description'), { limit: TEXT_LIMIT }) }),
      };
    },
  );
  check.uniqueIds(groups, pointer(path, 'groups'));
  const groupIds = groups.map((group) => group.id);
  const rungs = check.list(value.rungs, pointer(path, 'rungs'), { optional: false, max: MAX_RUNGS }).map(
    (raw, index): LadderRung => {
      const at = pointer(pointer(path, 'rungs'), index);
      const rung = check.object(raw, at) ?? {};
      return {
        id: check.id(rung.id, pointer(at, 'id')),
        group: check.oneOf(rung.group, groupIds, pointer(at, 'group')) ?? '',
        label: check.localLabel(rung.label, pointer(at, 'label')),
        ...(rung.description !== undefined && { description: check.localLabel(rung.description, pointer(at, 'description'), { limit: TEXT_LIMIT }) }),
      };
    },
  );
  if (groups.length === 0 && Array.isArray(value.groups)) check.fail(pointer(path, 'groups'), messages.emptyList());
  if (rungs.length === 0 && Array.isArray(value.rungs)) check.fail(pointer(path, 'rungs'), messages.emptyList());
  check.uniqueIds(rungs, pointer(path, 'rungs'));
  return {
    id,
    ...(value.label !== undefined && { label: check.localLabel(value.label, pointer(path, 'label')) }),
    groups,
    rungs,
  };
}

function readExample(value: unknown, path: string, rungIds: readonly string[], check: Checker): LadderExample {
  const example = check.object(value, path) ?? {};
  return {
    id: check.id(example.id, pointer(path, 'id')),
    what: check.text(example.what, pointer(path, 'what')),
    rung: check.oneOfOrNull(example.rung, rungIds, pointer(path, 'rung')),
    outcomes: check.text(example.outcomes, pointer(path, 'outcomes')),
    better: check.text(example.better, pointer(path, 'better')),
  };
}

/** Reads model, perspective, examples and reflection of the state (`at` = '') or of a snapshot. */
function readContent(data: Json, at: string, check: Checker): LadderContent {
  const model =
    typeof data.model === 'object' && data.model !== null && !Array.isArray(data.model)
      ? readCustomModel(data.model as Json, `${at}/model`, check)
      : data.model === undefined
        ? 'co-production'
        : (check.oneOf(data.model, builtInModelIds, `${at}/model`) ?? 'co-production');
  const rungIds = rungIdsOf(model);
  const examples = check
    .list(data.examples, `${at}/examples`, { max: MAX_EXAMPLES })
    .map((example, index) => readExample(example, pointer(`${at}/examples`, index), rungIds, check));
  check.uniqueIds(examples, `${at}/examples`);
  const reflection = data.reflection === undefined ? {} : (check.object(data.reflection, `${at}/reflection`) ?? {});
  return {
    model,
    perspective: data.perspective === undefined ? 'individual' : (check.oneOf(data.perspective, perspectives, `${at}/perspective`) ?? 'individual'),
    examples,
    reflection: {
      tendency: check.oneOfOrNull(reflection.tendency, tendencies, `${at}/reflection/tendency`),
      moveUp: check.text(reflection.moveUp, `${at}/reflection/moveUp`),
      skills: check.text(reflection.skills, `${at}/reflection/skills`),
      support: check.text(reflection.support, `${at}/reflection/support`),
    },
  };
}

/** The state with the worksheet as it is now kept as a snapshot (a copy: later edits do not reach it). */
export function keepLadderSnapshot(state: LadderState, label: string, date: string): LadderState {
  const snapshots = state.snapshots ?? [];
  const { model, perspective, examples, reflection } = structuredClone(state);
  const snapshot: LadderSnapshot = { id: nextSnapshotId(snapshots), label, date, model, perspective, examples, reflection };
  return { ...state, snapshots: [...snapshots, snapshot] };
}

export const ladderSchema: StateSchema<LadderState> = {
  type: 'coprod-ladder',
  version: 1,
  empty: emptyLadder,
  read(data, check) {
    const content = readContent(data, '', check);
    const snapshots = readSnapshots(data.snapshots, check, (raw, path): LadderSnapshot => ({ ...readSnapshotHeader(raw, path, check), ...readContent(raw, path, check) }));
    return { type: 'coprod-ladder', version: 1, ...content, ...(snapshots && { snapshots }) };
  },
};
