/** The four rings of the circle of support, inside out: the centre ring is the most involved. */
export const ringIds = ['co-producers', 'participants', 'involved', 'consulted'] as const;
export type RingId = (typeof ringIds)[number];

/** One named person placed on a ring, with how they take part and how to keep in touch. */
export interface CirclePerson {
  id: string;
  /** A person's name (not a job title or a group); up to 200 characters. */
  name: string;
  ring: RingId;
  /** How this person is involved. */
  involvement: string;
  /** The contact and engagement plan for this person. */
  contact: string;
}

/** The circle as it was on a date ("at the start", "after three months"): kept, read-only. */
export interface CircleSnapshot {
  id: string;
  /** The person's name for it; may be empty (then its date names it). Up to 200 characters. */
  label: string;
  /** `YYYY-MM-DD`. */
  date: string;
  people: CirclePerson[];
}

export interface SupportCircleState {
  type: 'coprod-support-circle';
  version: 1;
  people: CirclePerson[];
  /** Optional (*new*): earlier states of the circle, oldest first as kept. */
  snapshots?: CircleSnapshot[];
}
