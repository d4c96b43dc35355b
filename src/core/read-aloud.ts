import { html, nothing, svg, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale } from './localization.js';
import { lazyPart } from './lazy.js';
import type { Speaker } from './read-aloud.speaker.js';

/** Preferred voices per locale, best first: Dutch from the Netherlands, then Belgium. */
const preferredTags: Record<string, string[]> = { nl: ['nl-NL', 'nl-BE'], en: ['en-GB', 'en-US'] };

/** A small speaker, drawn in the text colour (an emoji may be missing from the fonts). */
const speakerIcon = svg`<svg class="speaker" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"></path><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path></svg>`;

/** The speaking part: a chunk of its own in the drop-in files, loaded on the first read. */
const loadSpeaker = lazyPart(() => import('./read-aloud.speaker.js'));

/** The voice chosen for a locale, kept until the browser's voices or the locale change. */
let chosenVoice: { synth: SpeechSynthesis; locale: string; voice: SpeechSynthesisVoice | undefined } | undefined;

/** The best voice the browser has for a locale (see `preferredTags`), or `undefined`. */
function voiceFor(synth: SpeechSynthesis, locale: string): SpeechSynthesisVoice | undefined {
  const voices = synth.getVoices().filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === locale);
  for (const tag of preferredTags[locale] ?? []) {
    const match = voices.find((voice) => voice.lang.toLowerCase().replace('_', '-') === tag.toLowerCase());
    if (match) return match;
  }
  return voices[0];
}

/**
 * Reads an element's own visible text aloud with the browser's speech synthesis, sentence by
 * sentence, highlighting the sentence being read. Only the person starts it. The language is
 * always the active locale (nl-NL or nl-BE voices first for Dutch); where the browser has no
 * voice for it, the controls are not shown at all.
 *
 * Every exercise element has one (`readAloud`) through the base element, which shows
 * `renderControls()` beside its file buttons.
 */
export class ReadAloudController implements ReactiveController {
  /** `idle`, `speaking` or `paused`. */
  status: 'idle' | 'speaking' | 'paused' = 'idle';
  /** Read more slowly (`SLOW_RATE` in read-aloud.speaker.ts). */
  slow = false;
  /** Also read what the person typed or chose. */
  withAnswers = false;

  private _speaker: Speaker | undefined;
  /** Bumped on every read and stop: a read whose speaker is still loading starts only if it is the last. */
  private _request = 0;

  /**
   * @param host - The element whose text is read.
   * @param report - Shows a message to the person (the element's notices), e.g. when the speaking part could not load.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly report: (message: string) => void = () => {},
  ) {
    host.addController(this);
  }

  private get _synth(): SpeechSynthesis | undefined {
    return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  }

  hostConnected(): void {
    this._synth?.addEventListener?.('voiceschanged', this._onVoices);
  }

  hostDisconnected(): void {
    this._synth?.removeEventListener?.('voiceschanged', this._onVoices);
    this.stop();
  }

  private _onVoices = () => {
    chosenVoice = undefined;
    this.host.requestUpdate();
  };

  /** The voice used for the active locale, or `undefined` when the browser has none. */
  get voice(): SpeechSynthesisVoice | undefined {
    const synth = this._synth;
    if (!synth) return undefined;
    // Every render of every element asks; the browser's list is read again only when it
    // changes (`voiceschanged`) or the locale does.
    const locale = getLocale();
    if (chosenVoice?.synth !== synth || chosenVoice.locale !== locale) chosenVoice = { synth, locale, voice: voiceFor(synth, locale) };
    return chosenVoice.voice;
  }

  /** Whether reading aloud can work here: speech synthesis with a voice for the active locale. */
  get available(): boolean {
    return this.voice !== undefined;
  }

  /**
   * Starts reading `target` (default: the whole element) from its first sentence. The
   * speaking part loads on the first read; where it cannot load (offline, blocked), the
   * element shows a message and nothing else changes.
   * @param target - An element inside the element's shadow root, e.g. one question.
   * @returns a promise that settles once reading has started, or could not start
   */
  async read(target?: Element): Promise<void> {
    if (!this._synth || !this.voice) return;
    this.stop();
    const request = ++this._request;
    let speaker: Speaker;
    try {
      speaker = this._speaker ??= new (await loadSpeaker()).Speaker({
        synth: () => this._synth,
        voice: () => this.voice,
        locale: () => getLocale(),
        slow: () => this.slow,
        ended: () => this.stop(),
      });
    } catch (error) {
      if (request !== this._request) return;
      console.error('coprod: the part that reads aloud did not load', error);
      this.report(msg('Reading aloud could not start: a part of this page did not load. Check the internet connection and try again.'));
      return;
    }
    // Stopped, or asked to read something else, while the speaker was loading.
    if (request !== this._request) return;
    this.status = 'speaking';
    if (!speaker.start(target ?? this.host.renderRoot, this.withAnswers)) this.status = 'idle';
    this.host.requestUpdate();
  }

  /** Pauses; `resume()` goes on from the same sentence. */
  pause(): void {
    if (this.status !== 'speaking') return;
    this._synth?.pause();
    this.status = 'paused';
    this.host.requestUpdate();
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this._synth?.resume();
    this.status = 'speaking';
    this.host.requestUpdate();
  }

  /** Stops reading and removes the highlight; a read still loading does not start. */
  stop(): void {
    this._request++;
    if (this.status === 'idle') return;
    this.status = 'idle';
    this._speaker?.stop();
    this.host.requestUpdate();
  }

  /** The read-aloud buttons: start, pause or go on, stop, slower, and whether to read answers too. */
  renderControls(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const reading = this.status !== 'idle';
    // One button starts, pauses and goes on: it stays the same element, so the keyboard stays on it.
    const [action, label, act] =
      this.status === 'idle'
        ? (['start', msg('Read aloud'), () => void this.read()] as const)
        : this.status === 'paused'
          ? (['resume', msg('Go on reading'), () => this.resume()] as const)
          : (['pause', msg('Pause'), () => this.pause()] as const);
    return html`<div class="read-aloud" role="group" aria-label=${msg('Read aloud')}>
      <button type="button" class="quiet" data-read=${action} @click=${act}>${label}</button>
      ${reading ? html`<button type="button" class="quiet" data-read="stop" @click=${this._stopFromButton}>${msg('Stop reading')}</button>` : nothing}
      <button type="button" class="quiet" data-read="slow" aria-pressed=${this.slow ? 'true' : 'false'} @click=${this._toggleSlow}>
        ${msg('Slower')}
      </button>
      <button type="button" class="quiet" data-read="answers" aria-pressed=${this.withAnswers ? 'true' : 'false'} @click=${this._toggleAnswers}>
        ${msg('Also read my answers')}
      </button>
    </div>`;
  }

  /** Stop goes away with the reading: the keyboard goes to the button that reads again. */
  private _stopFromButton = async () => {
    this.stop();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[data-read="start"]')?.focus();
  };

  /**
   * A small button that reads one part (a question, a rung) on its own.
   * @param target - Finds the part to read, at the time of the click.
   * @param label - The button's accessible name, e.g. "Read question 3 aloud".
   */
  renderItemButton(target: () => Element | null | undefined, label: string): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    return html`<button
      type="button"
      class="quiet read-item"
      data-read="item"
      aria-label=${label}
      title=${label}
      @click=${() => {
        const element = target();
        if (element) void this.read(element);
      }}
    >${speakerIcon}</button>`;
  }

  private _toggleSlow = () => {
    this.slow = !this.slow;
    this.host.requestUpdate();
  };

  private _toggleAnswers = () => {
    this.withAnswers = !this.withAnswers;
    this.host.requestUpdate();
  };
}
