/**
 * The speaking half of reading aloud, loaded on the first "Read aloud" click (see
 * `ReadAloudController`): finds the element's text sentence by sentence, speaks it with the
 * browser's speech synthesis and highlights the sentence being read.
 *
 * In the drop-in files this module is a chunk of its own, so it imports nothing: a chunk that
 * imported from its drop-in file would load a second copy of it when the page named that file
 * differently (`ladder.js?v=2`). Whatever it needs comes in through `SpeakerOptions`.
 */

/** The name under which the sentence being read is highlighted (`::highlight(coprod-read-aloud)`). */
export const READ_ALOUD_HIGHLIGHT = 'coprod-read-aloud';

/** Class on the block (heading, paragraph, question) whose sentence is being read. */
export const READING_CLASS = 'reading-aloud';

/** Speaking rate of "slower": clearly slower, still natural. */
export const SLOW_RATE = 0.7;

/** Elements whose text is never read: controls speak for themselves, drawings have a summary. */
const SKIP = new Set(['BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'STYLE', 'SCRIPT', 'TEMPLATE', 'svg', 'SVG', 'KBD']);

/** Elements that make a block of text of their own (a sentence never runs across them). */
const BLOCK = /^(H[1-6]|P|LI|LEGEND|LABEL|CAPTION|FIGCAPTION|TH|TD|DT|DD|SUMMARY|DIV|SECTION|HEADER|FIGURE|FIELDSET|UL|OL|TABLE|TR|DETAILS|FORM)$/;

/** One sentence to read: its text and where it is on screen. */
export interface ReadPiece {
  text: string;
  /** The block element it is in (gets the reading class). */
  block: Element;
  /** The sentence's place in the text, for the highlight; absent for a typed answer. */
  range?: Range;
}

/** Splits text into sentences: after . ! ? … followed by a space, and at line ends. */
export function splitSentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…:])\s+(?=\S)/)
    .map((sentence) => sentence.trim());
  const sentences: string[] = [];
  for (const part of parts) {
    // A number ("7.") belongs to the sentence after it.
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && /^\d+[.:]?$/.test(previous)) sentences[sentences.length - 1] = `${previous} ${part}`;
    else sentences.push(part);
  }
  return sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function isHidden(element: Element): boolean {
  if (SKIP.has(element.tagName)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  if (element.classList.contains('visually-hidden') || element.hasAttribute('data-read-skip')) return true;
  // Closed disclosures: read the summary only.
  const parent = element.parentElement;
  if (parent?.tagName === 'DETAILS' && !(parent as HTMLDetailsElement).open && element.tagName !== 'SUMMARY') return true;
  if (element instanceof HTMLElement && element.offsetParent === null && getComputedStyle(element).position !== 'fixed') {
    // Not laid out (display: none, or inside something that is).
    return element.getClientRects().length === 0;
  }
  return false;
}

/** A block's text with the text nodes it came from, so a sentence can be found back on screen. */
interface Block {
  element: Element;
  nodes: { node: Text; start: number }[];
  text: string;
  /** The person's own answer in this block (a typed text or a chosen option), read only on request. */
  answers: string[];
}

/**
 * Collects the visible text under `root` in reading order, block by block. Buttons and
 * fields are skipped; with `answers`, the text typed in fields and the chosen options are read
 * after their block.
 */
export function collectPieces(root: ParentNode, answers: boolean): ReadPiece[] {
  const blocks: Block[] = [];
  const stack: Block[] = [];
  const current = () => stack[stack.length - 1];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const block = current();
      if (!block) return;
      const value = (node as Text).data;
      if (!value.trim()) {
        if (block.text && !block.text.endsWith(' ')) block.text += ' ';
        return;
      }
      block.nodes.push({ node: node as Text, start: block.text.length });
      block.text += value;
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach(visit);
      return;
    }
    if (answers && current()) {
      if ((node instanceof HTMLInputElement && (node.type === 'text' || node.type === 'number' || node.type === 'date')) || node instanceof HTMLTextAreaElement) {
        if (node.value.trim()) current().answers.push(node.value.trim());
      } else if (node instanceof HTMLSelectElement && node.selectedOptions[0]?.textContent?.trim()) {
        current().answers.push(node.selectedOptions[0].textContent.trim());
      }
    }
    if (isHidden(node)) return;
    const isBlock = BLOCK.test(node.tagName) || stack.length === 0;
    if (isBlock) {
      const block: Block = { element: node, nodes: [], text: '', answers: [] };
      blocks.push(block);
      stack.push(block);
    }
    // A chosen radio or checkbox: its label is the answer.
    if (answers && node.tagName === 'LABEL') {
      const control = (node as HTMLLabelElement).control ?? node.querySelector('input');
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox') && control.checked) {
        const owner = stack.length > 1 ? stack[stack.length - 2] : current();
        owner.answers.push(node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      }
    }
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(visit);
    if (isBlock) stack.pop();
  };
  // A part (one question) is a block of its own; the whole element is read child by child.
  if (root instanceof Element) visit(root);
  else root.childNodes.forEach(visit);

  const pieces: ReadPiece[] = [];
  for (const block of blocks) {
    // A chosen option is read in place of the scale of choices.
    const isChoice = block.element.tagName === 'LABEL' && block.element.querySelector('input[type=radio],input[type=checkbox]');
    if (!isChoice) {
      let from = 0;
      for (const sentence of splitSentences(block.text)) {
        const start = block.text.indexOf(sentence.split(' ')[0], from);
        const end = start + sentence.length;
        pieces.push({ text: sentence, block: block.element, range: rangeOf(block, Math.max(0, start), end) });
        from = end;
      }
    }
    for (const answer of block.answers) for (const sentence of splitSentences(answer)) pieces.push({ text: sentence, block: block.element });
  }
  return pieces;
}

/** A DOM range over characters `start`–`end` of a block's text. */
function rangeOf(block: Block, start: number, end: number): Range | undefined {
  const find = (offset: number) => {
    for (let index = block.nodes.length - 1; index >= 0; index--) {
      const entry = block.nodes[index];
      if (offset >= entry.start) return { node: entry.node, offset: Math.min(offset - entry.start, entry.node.length) };
    }
    return undefined;
  };
  const from = find(start);
  const to = find(end);
  if (!from || !to) return undefined;
  try {
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    return undefined;
  }
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function highlights(): { registry: HighlightRegistry; make: (range: Range) => unknown } | undefined {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !Highlight) return undefined;
  return { registry, make: (range) => new Highlight(range) };
}

/** What a speaker asks of the controller that loaded it, at the time of each sentence. */
export interface SpeakerOptions {
  synth(): SpeechSynthesis | undefined;
  /** The voice for the active locale, if the browser has one. */
  voice(): SpeechSynthesisVoice | undefined;
  /** The active locale: the language to speak when there is no voice. */
  locale(): string;
  slow(): boolean;
  /** The last sentence is said. */
  ended(): void;
}

/** Reads pieces of text one after another, highlighting each; one per element. */
export class Speaker {
  private _pieces: ReadPiece[] = [];
  private _index = 0;
  /** Bumped on every start and stop: events of an utterance from an earlier run are ignored. */
  private _run = 0;
  private _marked: Element | undefined;

  constructor(private readonly options: SpeakerOptions) {}

  /**
   * Starts reading the visible text under `root` from its first sentence.
   * @returns false when there is nothing to read
   */
  start(root: ParentNode, withAnswers: boolean): boolean {
    // The controls themselves, and the notices, are not part of the exercise's text.
    this._pieces = collectPieces(root, withAnswers).filter((piece) => !piece.block.closest('.read-aloud, .notices'));
    if (!this._pieces.length) return false;
    this._index = 0;
    this._speak(++this._run);
    return true;
  }

  /** Stops speaking and removes the highlight. */
  stop(): void {
    this._run++;
    this.options.synth()?.cancel();
    this._mark(undefined);
  }

  private _speak(run: number): void {
    const synth = this.options.synth();
    const piece = this._pieces[this._index];
    if (!synth || !piece || run !== this._run) return;
    const voice = this.options.voice();
    const utterance = new SpeechSynthesisUtterance(piece.text);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang.replace('_', '-') ?? this.options.locale();
    utterance.rate = this.options.slow() ? SLOW_RATE : 1;
    utterance.addEventListener('start', () => {
      if (run === this._run) this._mark(piece);
    });
    const next = () => {
      if (run !== this._run) return;
      this._index++;
      if (this._index < this._pieces.length) this._speak(run);
      else this.options.ended();
    };
    utterance.addEventListener('end', next);
    utterance.addEventListener('error', (event) => {
      // `interrupted` and `canceled` come from our own stop(); anything else skips the sentence.
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      next();
    });
    synth.speak(utterance);
  }

  private _mark(piece: ReadPiece | undefined): void {
    this._marked?.classList.remove(READING_CLASS);
    this._marked = piece?.block;
    this._marked?.classList.add(READING_CLASS);
    const api = highlights();
    if (!api) return;
    if (piece?.range) api.registry.set(READ_ALOUD_HIGHLIGHT, api.make(piece.range));
    else api.registry.delete(READ_ALOUD_HIGHLIGHT);
  }
}
