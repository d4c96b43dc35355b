/** Who the worksheet speaks about: "I" (individual) or "we" (team or service). */
export const perspectives = ['individual', 'team'] as const;
export type Perspective = (typeof perspectives)[number];

/** "In my own practice I tend to do to, for or with?" */
export const tendencies = ['to', 'for', 'with'] as const;
export type Tendency = (typeof tendencies)[number];

export const builtInModelIds = ['co-production', 'arnstein'] as const;
export type BuiltInModelId = (typeof builtInModelIds)[number];

/** Text per locale code, e.g. `{ "en": "Co-design", "nl": "Samen ontwerpen" }`. */
export type LocalLabel = Record<string, string>;

export interface LadderGroup {
  id: string;
  label: LocalLabel;
  description?: LocalLabel;
}

export interface LadderRung {
  id: string;
  /** Id of the group the rung belongs to. */
  group: string;
  label: LocalLabel;
  description?: LocalLabel;
}

/** A host's own ladder, rungs bottom to top. */
export interface LadderModel {
  id: string;
  label?: LocalLabel;
  groups: LadderGroup[];
  rungs: LadderRung[];
}

export interface LadderExample {
  id: string;
  what: string;
  /** Rung id of the model, or `null` when not placed yet. */
  rung: string | null;
  outcomes: string;
  better: string;
}

export interface LadderReflection {
  tendency: Tendency | null;
  moveUp: string;
  skills: string;
  support: string;
}

/** What the worksheet holds: kept whole in the state and in each snapshot. */
export interface LadderContent {
  model: BuiltInModelId | LadderModel;
  perspective: Perspective;
  examples: LadderExample[];
  reflection: LadderReflection;
}

/** The worksheet as it was on a date ("at the start"): kept, read-only, with its own ladder model. */
export interface LadderSnapshot extends LadderContent {
  id: string;
  /** The person's name for it; may be empty (then its date names it). Up to 200 characters. */
  label: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

export interface LadderState extends LadderContent {
  type: 'coprod-ladder';
  version: 1;
  /** Optional (*new*): earlier states of the worksheet, in the order they were kept. */
  snapshots?: LadderSnapshot[];
}

/** A model with its labels in the active locale, as the view draws it. */
export interface ResolvedRung {
  id: string;
  group: string;
  label: string;
  description: string;
  /** Steps to stay away from (coercion, manipulation): said plainly, not hidden. */
  avoid: boolean;
}

export interface ResolvedGroup {
  id: string;
  label: string;
  description: string;
}

export interface ResolvedModel {
  id: string;
  label: string;
  groups: ResolvedGroup[];
  /** Bottom to top. */
  rungs: ResolvedRung[];
}
