import { msg } from '@lit/localize';
import { getLocale, localText } from '../core/localization.js';
import type { BuiltInModelId, LadderModel, LadderState, ResolvedModel } from './ladder.types.js';

/** Rung ids of the built-in models, bottom to top; validation needs them without the labels. */
export const builtInRungIds: Record<BuiltInModelId, readonly string[]> = {
  'co-production': ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production'],
  arnstein: ['manipulation', 'therapy', 'informing', 'consultation', 'placation', 'partnership', 'delegated-power', 'citizen-control'],
};

function coProductionLadder(): ResolvedModel {
  return {
    id: 'co-production',
    label: msg('Ladder of co-production'),
    groups: [
      { id: 'doing-to', label: msg('Doing to'), description: msg('Others decide. People are not asked.') },
      { id: 'doing-for', label: msg('Doing for'), description: msg('People are told or asked, but others decide.') },
      { id: 'doing-with', label: msg('Doing with'), description: msg('People decide and act together, as equals.') },
    ],
    rungs: [
      { id: 'coercion', group: 'doing-to', avoid: true, label: msg('Coercion'),
        description: msg('People must take part or accept a service. They have no say.') },
      { id: 'educating', group: 'doing-to', avoid: false, label: msg('Educating'),
        description: msg('You explain what a service is and how it works, so people understand it.') },
      { id: 'informing', group: 'doing-for', avoid: false, label: msg('Informing'),
        description: msg('You tell people what will happen or what has been decided.') },
      { id: 'consultation', group: 'doing-for', avoid: false, label: msg('Consultation'),
        description: msg('You ask people what they think. You decide what to do with it.') },
      { id: 'engagement', group: 'doing-for', avoid: false, label: msg('Engagement'),
        description: msg('People have a say in some choices. The organisation still leads.') },
      { id: 'co-design', group: 'doing-with', avoid: false, label: msg('Co-design'),
        description: msg('People design the service together with professionals, as equals.') },
      { id: 'co-production', group: 'doing-with', avoid: false, label: msg('Co-production'),
        description: msg('People design and deliver the service together with professionals. They share power and responsibility.') },
    ],
  };
}

function arnsteinLadder(): ResolvedModel {
  return {
    id: 'arnstein',
    label: msg("Arnstein's ladder of participation (1969)"),
    groups: [
      { id: 'nonparticipation', label: msg('Nonparticipation'), description: msg('People have no real influence.') },
      { id: 'tokenism', label: msg('Tokenism'), description: msg('People may speak, but others decide.') },
      { id: 'citizen-power', label: msg('Citizen power'), description: msg('Citizens share or hold the power to decide.') },
    ],
    rungs: [
      { id: 'manipulation', group: 'nonparticipation', avoid: true, label: msg('Manipulation'),
        description: msg('People sit on a board or in a meeting for show. They have no real influence.') },
      { id: 'therapy', group: 'nonparticipation', avoid: true, label: msg('Therapy'),
        description: msg('People are seen as the problem to fix. Nobody asks what they need.') },
      { id: 'informing', group: 'tokenism', avoid: false, label: msg('Informing'),
        description: msg('People hear about their rights and choices. Information goes one way.') },
      { id: 'consultation', group: 'tokenism', avoid: false, label: msg('Consultation'),
        description: msg('People give their views, for example in a survey or a meeting. It is not sure that their views count.') },
      { id: 'placation', group: 'tokenism', avoid: false, label: msg('Placation'),
        description: msg('A few people may join in and give advice. The power stays with others.') },
      { id: 'partnership', group: 'citizen-power', avoid: false, label: msg('Partnership'),
        description: msg('Citizens and the organisation plan and decide together.') },
      { id: 'delegated-power', group: 'citizen-power', avoid: false, label: msg('Delegated power'),
        description: msg('Citizens have the most say over a plan or service.') },
      { id: 'citizen-control', group: 'citizen-power', avoid: false, label: msg('Citizen control'),
        description: msg('Citizens run a service or project fully themselves.') },
    ],
  };
}

function resolveCustom(model: LadderModel): ResolvedModel {
  return {
    id: model.id,
    label: localText(model.label) || model.id,
    groups: model.groups.map((group) => ({
      id: group.id,
      label: localText(group.label),
      description: localText(group.description),
    })),
    rungs: model.rungs.map((rung) => ({
      id: rung.id,
      group: rung.group,
      label: localText(rung.label),
      description: localText(rung.description),
      avoid: false,
    })),
  };
}

const resolvedBuiltIn = new Map<string, ResolvedModel>();
const resolvedCustom = new WeakMap<LadderModel, { locale: string; model: ResolvedModel }>();

/**
 * The state's model with labels in the active locale. The same object while the model and the
 * language stay the same: views keyed on it skip work, and no render builds the labels again.
 */
export function resolveModel(model: LadderState['model']): ResolvedModel {
  const locale = getLocale();
  if (typeof model === 'string') {
    const key = `${model}\n${locale}`;
    let resolved = resolvedBuiltIn.get(key);
    if (!resolved) resolvedBuiltIn.set(key, (resolved = model === 'co-production' ? coProductionLadder() : arnsteinLadder()));
    return resolved;
  }
  const known = resolvedCustom.get(model);
  if (known?.locale === locale) return known.model;
  const resolved = resolveCustom(model);
  resolvedCustom.set(model, { locale, model: resolved });
  return resolved;
}

/** Rung ids of a model, bottom to top. */
export function rungIdsOf(model: LadderState['model']): readonly string[] {
  return typeof model === 'string' ? builtInRungIds[model] : model.rungs.map((rung) => rung.id);
}
