import { msg } from '@lit/localize';

/**
 * The six key principles of co-production (NESTA/nef), in the toolkit's order. The
 * readiness radar draws one axis per principle; the action plan has one group per
 * principle. One list, used by types, validation and rendering alike.
 */
export const principleIds = ['assets', 'capacity', 'mutuality', 'networks', 'blur-roles', 'catalysts'] as const;
export type PrincipleId = (typeof principleIds)[number];

export interface PrincipleText {
  /** Short name, e.g. "Mutuality" / "Wederkerigheid". */
  name: string;
  /** What the principle means, in one plain sentence. */
  meaning: string;
}

export function isPrincipleId(value: unknown): value is PrincipleId {
  return typeof value === 'string' && (principleIds as readonly string[]).includes(value);
}

/** The principle's name and meaning in the active locale (call at render time). */
export function principleText(id: PrincipleId): PrincipleText {
  switch (id) {
    case 'assets':
      return {
        name: msg('Assets'),
        meaning: msg('People bring experience, strengths and talents. They do not only receive help.'),
      };
    case 'capacity':
      return { name: msg('Capacity'), meaning: msg('See what each person can already do, and give room to grow.') };
    case 'mutuality':
      return { name: msg('Mutuality'), meaning: msg('Everyone gives and everyone receives. Tasks and expectations are shared.') };
    case 'networks':
      return { name: msg('Networks'), meaning: msg('Support from peers and the community, beside help from professionals.') };
    case 'blur-roles':
      return { name: msg('Blur roles'), meaning: msg('Less of a line between professionals and the people who use services.') };
    case 'catalysts':
      return {
        name: msg('Catalysts'),
        meaning: msg('Services help people make their own change, instead of doing it for them.'),
      };
  }
}
