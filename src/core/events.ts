/** One reason why data was refused: where in the data, and why, in the active locale. */
export interface InvalidEntry {
  /** JSON Pointer into the rejected data, e.g. `/people/3/ring`; `""` is the whole value. */
  path: string;
  message: string;
}

/** Where refused data came from. */
export type InvalidSource = 'property' | 'attribute' | 'storage' | 'import' | 'sync';

/**
 * Why the state changed, as told to `watchState()` listeners: `user` (an edit in this element),
 * `host` (`value` set by script, the attribute, or a host-called method such as `addAction`),
 * `storage` (another tab or element with the same `storage-key`), `sync` (a shared room),
 * `reset` (form reset or restore).
 */
export type StateOrigin = 'user' | 'host' | 'storage' | 'sync' | 'reset';

const eventOptions = { bubbles: true, composed: true } as const;

/**
 * Fired after each edit by the user (never after a programmatic set). `detail.value` is a
 * copy of the new state, made when first read: typing in a big exercise copies nothing
 * when no listener reads it.
 */
export class CoprodChangeEvent<T = unknown> extends CustomEvent<{ value: T }> {
  static readonly eventName = 'coprod-change';
  constructor(state: T) {
    let copy: T | undefined;
    const detail = {
      get value(): T {
        return (copy ??= structuredClone(state));
      },
    };
    super(CoprodChangeEvent.eventName, { ...eventOptions, detail });
  }
}

/** Fired when data is refused; the state is unchanged. */
export class CoprodInvalidEvent extends CustomEvent<{ errors: InvalidEntry[]; source: InvalidSource }> {
  static readonly eventName = 'coprod-invalid';
  constructor(errors: InvalidEntry[], source: InvalidSource) {
    super(CoprodInvalidEvent.eventName, { ...eventOptions, detail: { errors, source } });
  }
}

/**
 * Fired by the readiness radar when the user asks to plan an action for a gap. A listener
 * that plans it itself calls `preventDefault()`, so the radar's `plan` attribute is not used too.
 */
export class CoprodPlanActionEvent extends CustomEvent<{ principle: string }> {
  static readonly eventName = 'coprod-plan-action';
  constructor(principle: string) {
    super(CoprodPlanActionEvent.eventName, { ...eventOptions, cancelable: true, detail: { principle } });
  }
}

/** The key of `CoprodSubmitEvent`'s method that reads the card without taking it. */
export const readCardWithoutTaking = Symbol.for('coprod.submit.read-without-taking');

/**
 * Fired by an opportunity card when the user hands it in. A listener that reads
 * `detail.value` has taken the card, and the card empties itself for the next idea. A
 * listener that calls `preventDefault()` takes it too, and the card's `board` and form are
 * then left out.
 */
export class CoprodSubmitEvent<T = unknown> extends CustomEvent<{ value: T }> {
  static readonly eventName = 'coprod-submit';
  private readonly _card: T;
  private readonly _read: { yes: boolean };
  constructor(value: T) {
    const read = { yes: false };
    super(CoprodSubmitEvent.eventName, {
      ...eventOptions,
      cancelable: true,
      detail: {
        get value(): T {
          read.yes = true;
          return value;
        },
      },
    });
    this._card = value;
    this._read = read;
  }

  /** Whether a listener took the card: it read `detail.value` or called `preventDefault()`. */
  get taken(): boolean {
    return this._read.yes || this.defaultPrevented;
  }

  /**
   * The card, without taking it: for a listener that may not be able to deliver it (a room
   * with no board). A symbol from the global registry, so a room in another bundle finds it.
   */
  [readCardWithoutTaking](): T {
    return this._card;
  }
}

/**
 * The events of an element whose state has type `S`: `addEventListener('coprod-change', …)` on
 * a `CoprodLadder` gives `event.detail.value` the type `LadderState`, with no cast.
 */
export interface CoprodElementEventMap<S = unknown> extends HTMLElementEventMap {
  'coprod-change': CoprodChangeEvent<S>;
  'coprod-invalid': CoprodInvalidEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coprod-change': CoprodChangeEvent;
    'coprod-invalid': CoprodInvalidEvent;
    'coprod-plan-action': CoprodPlanActionEvent;
    'coprod-submit': CoprodSubmitEvent;
  }
}
