/** The three sections of the one-page profile template; their titles are translated. */
export const defaultSectionIds = ['appreciate', 'important', 'support'] as const;
export type DefaultSectionId = (typeof defaultSectionIds)[number];

/**
 * One section of the profile: a short list the person edits item by item.
 * A default section (`appreciate`, `important`, `support`) without `title` shows its
 * translated title; any section with a `title` shows that text (a renamed default section
 * or a group's own section). A group's own section without a title shows as untitled.
 */
export interface ProfileSection {
  id: string;
  title?: string;
  items: string[];
}

/** Which optional parts the card shows; a group may drop photo or age. */
export interface ProfileShow {
  age: boolean;
  photo: boolean;
}

export interface ProfileState {
  type: 'coprod-profile';
  version: 1;
  name: string;
  /** Whole years 0–130, or `null` when not given. */
  age: number | null;
  /** `null`, an `https:` URL or a `data:image/*` URL (a downscaled picture). */
  photo: string | null;
  show: ProfileShow;
  sections: ProfileSection[];
}
