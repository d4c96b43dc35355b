/** The three moments the toolkit uses gratitude, in the order a project meets them. */
export const gratitudeModes = ['three-good-things', 'postcard', 'diary'] as const;
export type GratitudeMode = (typeof gratitudeModes)[number];

/** The four prompts of the gratitude diary, in the worksheet's order. */
export const diaryPromptIds = ['achieved', 'learned', 'people', 'partOf'] as const;
export type DiaryPromptId = (typeof diaryPromptIds)[number];

/** One good thing from the last 24 hours, and (optionally) why it happened. */
export interface GoodThing {
  id: string;
  text: string;
  /** Why did this good thing happen? May be empty. */
  why: string;
}

/** The diary at the end of a project: one free text per prompt. */
export type GratitudeDiary = Record<DiaryPromptId, string>;

/**
 * `coprod-gratitude`: one element for the three gratitude exercises. Every mode's text lives
 * in the one state, so switching the mode never loses what was typed in another.
 */
export interface GratitudeState {
  type: 'coprod-gratitude';
  version: 1;
  mode: GratitudeMode;
  /** `YYYY-MM-DD`, or `null` when not given. */
  date: string | null;
  /** Three good things: up to three; fewer is fine. */
  items: GoodThing[];
  /** Postcard: the name of the person the card is for. */
  to: string;
  /** Postcard: what I am grateful for today. */
  message: string;
  diary: GratitudeDiary;
}
