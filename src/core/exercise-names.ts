import { msg } from '@lit/localize';

/**
 * What each exercise is called in a sentence ("This file is not a saved support circle."),
 * by its state's `type`. Functions of the active locale: call them at the time of use.
 */
export function exerciseName(type: string): string {
  switch (type) {
    case 'coprod-ladder':
      return msg('participation ladder');
    case 'coprod-readiness':
      return msg('readiness check');
    case 'coprod-support-circle':
      return msg('circle of support');
    case 'coprod-profile':
      return msg('profile');
    case 'coprod-action-plan':
      return msg('action plan');
    case 'coprod-opportunity-card':
      return msg('opportunity card');
    case 'coprod-opportunity-board':
      return msg('set of opportunity cards');
    case 'coprod-gratitude':
      return msg('gratitude exercise');
    default:
      return msg('exercise');
  }
}

/**
 * A download's file name in the active locale: `support-circle.svg` becomes
 * `steuncirkel.svg` in Dutch. Names it does not know are kept.
 * @param english - The English file name, with its extension.
 */
export function localFileName(english: string): string {
  const dot = english.lastIndexOf('.');
  const base = dot > 0 ? english.slice(0, dot) : english;
  const extension = dot > 0 ? english.slice(dot) : '';
  const names: Record<string, () => string> = {
    'participation-ladder': () => msg('participation-ladder', { desc: 'file name, no spaces' }),
    'readiness-check': () => msg('readiness-check', { desc: 'file name, no spaces' }),
    'readiness-radar': () => msg('readiness-radar', { desc: 'file name, no spaces' }),
    'support-circle': () => msg('support-circle', { desc: 'file name, no spaces' }),
    profile: () => msg('profile'),
    'action-plan': () => msg('action-plan', { desc: 'file name, no spaces' }),
    'opportunity-card': () => msg('opportunity-card', { desc: 'file name, no spaces' }),
    'opportunity-cards': () => msg('opportunity-cards', { desc: 'file name, no spaces' }),
    'opportunity-board': () => msg('opportunity-board', { desc: 'file name, no spaces' }),
    gratitude: () => msg('gratitude', { desc: 'file name, no spaces' }),
  };
  return (names[base]?.() ?? base) + extension;
}
