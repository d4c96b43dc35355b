import { expect } from '@open-wc/testing';

/**
 * Headless Chromium has no voices, so these tests install a test double of the browser's
 * speech API (`speechSynthesis` and `SpeechSynthesisUtterance`) on window before the element
 * reads: it records each utterance and lets the test fire its `start` and `end` events.
 */
export class FakeUtterance extends EventTarget {
  lang = '';
  rate = 1;
  voice: FakeVoice | null = null;
  constructor(public text: string) {
    super();
  }
}

export interface FakeVoice {
  lang: string;
  name: string;
}

export class FakeSynthesis extends EventTarget {
  spoken: FakeUtterance[] = [];
  paused = false;
  cancelled = 0;
  /** How often the element asked for the list of voices. */
  voiceLookups = 0;
  constructor(public voices: FakeVoice[]) {
    super();
  }
  getVoices(): FakeVoice[] {
    this.voiceLookups++;
    return this.voices;
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  cancel(): void {
    this.cancelled++;
    const current = this.spoken[this.spoken.length - 1];
    current?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  }
  /** The browser starts saying the last utterance. */
  start(): void {
    this.spoken[this.spoken.length - 1].dispatchEvent(new Event('start'));
  }
  /** The browser finished the last utterance. */
  finish(): void {
    this.spoken[this.spoken.length - 1].dispatchEvent(new Event('end'));
  }
  /** Says everything to the end; returns the texts in order. */
  readAll(limit = 500): string[] {
    for (let step = 0; step < limit; step++) {
      const before = this.spoken.length;
      this.start();
      this.finish();
      if (this.spoken.length === before) break;
    }
    return this.spoken.map((utterance) => utterance.text);
  }
}

export const dutchAndEnglish: FakeVoice[] = [
  { lang: 'en-GB', name: 'Daniel' },
  { lang: 'nl-BE', name: 'Ellen' },
  { lang: 'nl-NL', name: 'Xander' },
];

/** The fake the last `install()` put on window. */
export let synthesis: FakeSynthesis;

/** Puts a fake speech API on window (`null`: a browser without one); restore it in afterEach. */
export function install(voices: FakeVoice[] | null): void {
  synthesis = new FakeSynthesis(voices ?? []);
  if (voices === null) {
    // A browser without the speech API at all.
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true, writable: true });
    delete (window as unknown as Record<string, unknown>).speechSynthesis;
    Object.defineProperty(window, 'speechSynthesis', { get: () => undefined, configurable: true });
  } else {
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true, writable: true });
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
}

/**
 * The speaking part loads on the first read (a chunk in the drop-in files): waits until the
 * browser was given `count` utterances in all, or fails after two seconds.
 */
export async function spoken(count = 1): Promise<void> {
  const until = performance.now() + 2000;
  while (synthesis.spoken.length < count && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(synthesis.spoken.length, 'utterances given to the browser').to.be.at.least(count);
}
