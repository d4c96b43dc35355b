import { newItemId } from '../core/ids.js';
import { NAME_LIMIT } from '../core/limits.js';
import { Checker, pointer, type StateSchema } from '../core/validate.js';
import { defaultSectionIds, type DefaultSectionId, type ProfileSection, type ProfileState } from './profile-card.types.js';

export const MAX_SECTIONS = 20;
export const MAX_ITEMS = 50;
/** Oldest age the card accepts. */
export const MAX_AGE = 130;

export function isDefaultSection(id: string): id is DefaultSectionId {
  return (defaultSectionIds as readonly string[]).includes(id);
}

export function emptyProfile(): ProfileState {
  return {
    type: 'coprod-profile',
    version: 1,
    name: '',
    age: null,
    photo: null,
    show: { age: true, photo: true },
    // One empty item per section, so a person can start typing straight away.
    sections: defaultSectionIds.map((id) => ({ id, items: [''] })),
  };
}

/** A section id not used yet (`s5-k3x9`: see newItemId). */
export function nextSectionId(sections: readonly ProfileSection[]): string {
  return newItemId('s', sections);
}

/** Moves the section at `from` to `to` (both clamped); returns a new list. */
export function moveSection(sections: readonly ProfileSection[], from: number, to: number): ProfileSection[] {
  const list = [...sections];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [moved] = list.splice(from, 1);
  if (moved) list.splice(target, 0, moved);
  return list;
}

function readSection(value: unknown, path: string, check: Checker): ProfileSection {
  const section = check.object(value, path) ?? {};
  const id = check.id(section.id, pointer(path, 'id'));
  const items = check
    .list(section.items, pointer(path, 'items'), { max: MAX_ITEMS })
    .map((item, index) => check.text(item, pointer(pointer(path, 'items'), index)));
  // A standard section has a title only when renamed; a group's own section without one shows as untitled.
  return section.title === undefined ? { id, items } : { id, title: check.name(section.title, pointer(path, 'title')), items };
}

export const profileSchema: StateSchema<ProfileState> = {
  type: 'coprod-profile',
  version: 1,
  empty: emptyProfile,
  read(data, check) {
    const show = data.show === undefined ? {} : (check.object(data.show, '/show') ?? {});
    const sections =
      data.sections === undefined
        ? emptyProfile().sections
        : check.list(data.sections, '/sections', { max: MAX_SECTIONS }).map((section, index) => readSection(section, pointer('/sections', index), check));
    check.uniqueIds(sections, '/sections');
    return {
      type: 'coprod-profile',
      version: 1,
      name: check.text(data.name, '/name', NAME_LIMIT),
      age: check.wholeNumberOrNull(data.age, '/age', 0, MAX_AGE),
      photo: check.safeUrlOrNull(data.photo, '/photo'),
      show: {
        age: check.boolean(show.age, '/show/age', true),
        photo: check.boolean(show.photo, '/show/photo', true),
      },
      sections,
    };
  },
};
