import { html, nothing, render, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { downloadBlob, svgTextToPng, standaloneSvg } from '../core/export.js';
import { NAME_LIMIT } from '../core/limits.js';
import { formatDate } from '../core/localization.js';
import type { StateSchema } from '../core/validate.js';
import { CircleNamesController } from './circle-names.js';
import { layoutPostcard, postcardSvg, type PostcardText } from './gratitude.postcard.js';
import { gratitudeSchema, MAX_GOOD_THINGS, nextGoodThingId, writtenGoodThings } from './gratitude.state.js';
import { gratitudeStyles } from './gratitude.styles.js';
import { diaryPromptIds, gratitudeModes, type DiaryPromptId, type GoodThing, type GratitudeMode, type GratitudeState } from './gratitude.types.js';

/** Translated names of the modes (called at render time, in the active locale). */
function modeTitle(mode: GratitudeMode): string {
  switch (mode) {
    case 'three-good-things':
      return msg('Three good things');
    case 'postcard':
      return msg('Gratitude postcard');
    case 'diary':
      return msg('Gratitude diary');
  }
}

/** Short names for the choice of exercise (the sheet's title says the full name). */
function modeChoice(mode: GratitudeMode): string {
  switch (mode) {
    case 'three-good-things':
      return msg('Three good things');
    case 'postcard':
      return msg('Postcard');
    case 'diary':
      return msg('Diary');
  }
}

/** When in a project the group uses each mode. */
function modeMoment(mode: GratitudeMode): string {
  switch (mode) {
    case 'three-good-things':
      return msg('At the start of a meeting');
    case 'postcard':
      return msg('At the end of a meeting');
    case 'diary':
      return msg('At the end of a project');
  }
}

function modeIntro(mode: GratitudeMode): string {
  switch (mode) {
    case 'three-good-things':
      return msg(
        'What made you grateful or happy in the last 24 hours? Write down up to three things. Big or small: good news, a flower in the garden, the sun this morning. Then take turns to share them with the group, if you want to.',
      );
    case 'postcard':
      return msg('Write a card to someone in the group: what are you grateful for today? It ends the meeting on a good note, also after a hard meeting.');
    case 'diary':
      return msg('Look back on the project together. Everyone answers the same four questions. What went well counts, and so does what you learned.');
  }
}

function diaryPrompt(id: DiaryPromptId): string {
  switch (id) {
    case 'achieved':
      return msg('What I achieved in this project, and am grateful for');
    case 'learned':
      return msg('What I learned from the challenges');
    case 'people':
      return msg('The people in this project I am grateful for');
    case 'partOf':
      return msg('It is good that I am part of this, because…');
  }
}

const postcardHeading = () => msg('Today I am grateful for…');

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Text width with the element's font, for wrapping the postcard image's lines. */
function measureWith(fontFamily: string) {
  measureContext ??= document.createElement('canvas').getContext('2d');
  return (text: string, size: number): number => {
    // Without a 2D canvas, an average glyph width keeps the lines roughly right.
    if (!measureContext) return text.length * size * 0.55;
    measureContext.font = `${size}px ${fontFamily}`;
    return measureContext.measureText(text).width;
  };
}

/**
 * The gratitude exercises of the co-production toolkit, one element with three modes that a
 * group uses at three moments: **three good things** at the start of a meeting (up to three
 * things from the last 24 hours, each with why it happened; fewer is fine), a **postcard** at
 * the end of a meeting ("Today I am grateful for…", to a named person; printable as a card and
 * saved as a picture), and a **diary** at the end of a project (four questions). A group
 * exercise, not a treatment: no counts, no streaks. Switching the mode keeps what was typed in
 * the others: every mode's text lives in the one state.
 *
 * When a `coprod-support-circle` is on the same page, its names are suggested for the
 * postcard's "To" field. Nothing requires one.
 *
 * @tagname coprod-gratitude
 * @summary Gratitude exercises: three good things, a gratitude postcard, a gratitude diary.
 *
 * @fires {CoprodChangeEvent} coprod-change - After each edit by the user, including a change of mode; `detail.value` is a copy of the new state.
 * @fires {CoprodInvalidEvent} coprod-invalid - Data was refused and nothing changed; `detail: { errors: [{ path, message }], source }`.
 *
 * @csspart sheet - The whole exercise (border, background, padding).
 * @csspart modes - The choice of exercise (three good things, postcard, diary).
 * @csspart things - The list of good things.
 * @csspart thing - One good thing with its "why".
 * @csspart why - The "why" field of a good thing.
 * @csspart postcard - The postcard.
 * @csspart stamp - The stamp on the postcard.
 * @csspart message - The postcard's message field ("Today I am grateful for…").
 * @csspart diary - The four diary questions.
 * @csspart prompt - One diary question with its answer.
 * @csspart actions - The buttons under the exercise (print, save the card as a picture).
 *
 * @cssproperty [--coprod-gratitude-background=var(--coprod-color-surface)] - Background of the exercise.
 * @cssproperty [--coprod-gratitude-border-color=var(--coprod-color-border)] - Border of the exercise, the good things and the diary questions.
 * @cssproperty [--coprod-gratitude-accent=var(--coprod-color-accent)] - The coloured stripe and the numbers of the good things.
 * @cssproperty [--coprod-gratitude-card-background=#fffdf7] - Background of the postcard (dark scheme: the surface colour).
 * @cssproperty [--coprod-gratitude-stamp-color=#c2413b] - The heart on the postcard's stamp.
 */
export class CoprodGratitude extends CoprodElement<GratitudeState> {
  static override styles = [...CoprodElement.styles, gratitudeStyles];

  protected override get schema(): StateSchema<GratitudeState> {
    return gratitudeSchema;
  }

  private readonly _circle = new CircleNamesController(this);
  /** Id of the field to focus after the next render. */

  protected override get isReadonly(): boolean {
    return super.isReadonly || this.printing.active;
  }

  /** The postcard as a standalone SVG document (text), as it is saved as a picture. Works in every mode. */
  exportSvg(): string {
    const holder = document.createElement('div');
    holder.className = 'visually-hidden';
    this.renderRoot.append(holder);
    try {
      const text = this._postcardText();
      const fontFamily = getComputedStyle(this).fontFamily || 'sans-serif';
      render(postcardSvg(layoutPostcard(text, measureWith(fontFamily)), text, fontFamily), holder);
      const drawing = holder.querySelector('svg')!;
      // Lit's template markers (comments) have no place in a file.
      const comments = document.createTreeWalker(drawing, NodeFilter.SHOW_COMMENT);
      const markers: Node[] = [];
      while (comments.nextNode()) markers.push(comments.currentNode);
      for (const marker of markers) marker.parentNode?.removeChild(marker);
      return standaloneSvg(drawing);
    } finally {
      holder.remove();
    }
  }

  /**
   * The postcard as a PNG image, as the "Save as a picture" button gives it.
   * @param scale - How many times 900 pixels wide the picture is (2 by default, sharp on paper).
   */
  exportPng(scale = 2): Promise<Blob> {
    return svgTextToPng(this.exportSvg(), scale);
  }

  // One whole template for the form and one for the read-only sheet, rather than small ones
  // switched inside a shared one: each template costs its own preparation and clone.
  override render(): TemplateResult {
    const mode = this.current.mode;
    const nameAndDate = mode === 'postcard' ? nothing : this._renderNameAndDate();
    const exercise = mode === 'three-good-things' ? this._renderThings() : mode === 'postcard' ? this._renderPostcard() : this._renderDiary();
    if (this.isReadonly) {
      // What to do stays on a printed worksheet; a card does without.
      return html`<article class=${`sheet mode-${mode} readonly`} part="sheet" aria-labelledby="sheet-title">
      <h2 id="sheet-title">${modeTitle(mode)}</h2>
      ${mode === 'postcard' ? nothing : html`<p class="intro print-only">${modeIntro(mode)}</p>`} ${this.renderNotices()}
      ${nameAndDate}
      ${exercise}
    </article>`;
    }
    // Printing is the shared "Print this sheet" button among the file buttons.
    return html`<article class=${`sheet mode-${mode}`} part="sheet" aria-labelledby="sheet-title">
      <h2 id="sheet-title">${modeTitle(mode)}</h2>
      <p class="intro">${modeIntro(mode)}</p> ${this._renderModes()} ${this.renderNotices()}
      ${nameAndDate}
      ${exercise}
      ${mode === 'postcard'
        ? html`<div class="actions" part="actions">
            <button type="button" class="save-picture" @click=${this._onSavePicture}>${msg('Save the card as a picture (PNG)')}</button>
          </div>`
        : nothing}
      ${this.renderFileActions('gratitude.json')}
    </article>`;
  }

  private _renderModes(): TemplateResult {
    return html`<fieldset class="modes" part="modes">
      <legend>${msg('Which exercise?')}</legend>
      <div class="mode-options">
        ${gratitudeModes.map(
          (mode) => html`<label class=${this.current.mode === mode ? 'mode-option selected' : 'mode-option'}>
            <input type="radio" name="mode" value=${mode} .checked=${this.current.mode === mode} @change=${() => this._setMode(mode)} />
            <span class="mode-text"><span class="mode-name">${modeChoice(mode)}</span><span class="mode-moment">${modeMoment(mode)}</span></span>
          </label>`,
        )}
      </div>
      <p class="hint">${msg('What you write in one exercise is kept when you switch to another.')}</p>
    </fieldset>`;
  }

  /** The date; on paper also a line for the name (the state has no name: the sheet is the person's own). */
  private _renderNameAndDate(): TemplateResult {
    return html`<div class="name-date">
      <p class="print-only name-line">${msg('Name')}: <span class="write-line"></span></p>
      ${this.renderDateField({ key: 'date', label: msg('Date'), value: this.current.date, apply: (date) => ({ ...this.current, date }) })}
    </div>`;
  }

  private _renderThings(): TemplateResult {
    const items = this.current.items;
    if (this.isReadonly) {
      const written = writtenGoodThings(items);
      // A blank sheet (e.g. printed to fill in by hand) shows three empty good things to write in.
      const shown = written.length ? written : [1, 2, 3].map((n) => ({ id: `blank-${n}`, text: '', why: '' }));
      return html`<ol class="things" part="things">
        ${shown.map(
          (item, index) => html`<li class="thing" part="thing">
            <span class="thing-number" aria-hidden="true">${index + 1}</span>
            <div class="thing-body">
              <h3 class="visually-hidden">${msg(str`Good thing ${index + 1}`)}</h3>
              <p class=${item.text ? 'read-text' : 'read-text blank'}>${item.text}</p>
              ${item.why.trim() || !written.length
                ? html`<p class="why-label field-label">${msg('Why did this happen?')}</p>
                    <p class=${item.why ? 'read-text' : 'read-text blank short'}>${item.why}</p>`
                : nothing}
            </div>
          </li>`,
        )}
      </ol>`;
    }
    return html`<ol class="things" part="things">
        ${items.map((item, index) => this._renderThing(item, index))}
      </ol>
      <div class="things-footer">
        ${items.length < MAX_GOOD_THINGS
          ? html`<button type="button" class="add-thing" @click=${this._addThing}>${msg('Add a good thing')}</button>`
          : nothing}
        <p class="hint">${msg('One or two is fine too. Write what you like, and share what you want to share.')}</p>
      </div>`;
  }

  private _renderThing(item: GoodThing, index: number): TemplateResult {
    const number = index + 1;
    return html`<li class="thing" part="thing" data-id=${item.id}>
      <span class="thing-number" aria-hidden="true">${number}</span>
      <div class="thing-body">
        ${this.renderTextField({
          key: `${item.id}-text`,
          label: msg(str`Good thing ${number}`),
          value: item.text,
          multiline: true,
          apply: (text) => this._updateThing(item.id, { text }),
        })}
        ${this.renderTextField({
          key: `${item.id}-why`,
          label: msg('Why did this happen? (optional)'),
          value: item.why,
          multiline: true,
          part: 'field why',
          apply: (why) => this._updateThing(item.id, { why }),
        })}
      </div>
      <button
        type="button"
        class="quiet remove-thing"
        aria-label=${msg(str`Remove good thing ${number}`)}
        title=${msg('Remove this good thing')}
        @click=${() => this._removeThing(item, index)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </li>`;
  }

  private _renderPostcard(): TemplateResult {
    const state = this.current;
    const names = this._circle.names;
    const readonly = this.isReadonly;
    return html`<div class="postcard" part="postcard">
      <div class="postcard-message">
        ${readonly
          ? html`<h3 class="postcard-heading">${postcardHeading()}</h3>
              <p class=${state.message ? 'read-text message' : 'read-text message blank tall'}>${state.message}</p>`
          : this.renderTextField({
              key: 'message',
              label: postcardHeading(),
              value: state.message,
              multiline: true,
              part: 'field message',
              apply: (message) => ({ ...this.current, message }),
            })}
      </div>
      <div class="postcard-address">
        <div class="stamp" part="stamp" aria-hidden="true"><span>♥</span></div>
        ${readonly
          ? html`<p class="to"><span class="field-label">${msg('To')}:</span> <span class="read-text">${state.to}</span></p>
              <span class="rule" aria-hidden="true"></span><span class="rule" aria-hidden="true"></span>`
          : html`<div class="to-field" @focusin=${() => this._circle.refresh()}>
              ${this.renderTextField({
                key: 'to',
                label: msg('To'),
                value: state.to,
                limit: NAME_LIMIT,
                list: names.length ? 'circle-names' : undefined,
                hint: names.length ? msg('Names from your circle of support are suggested.') : msg('The name of the person the card is for.'),
                apply: (to) => ({ ...this.current, to }),
              })}
              ${names.length ? html`<datalist id="circle-names">${names.map((name) => html`<option value=${name}></option>`)}</datalist>` : nothing}
            </div>`}
        ${readonly
          ? html`<p class="postcard-date">${state.date ? formatDate(state.date) : ''}</p>`
          : this.renderDateField({ key: 'date', label: msg('Date'), value: state.date, apply: (date) => ({ ...this.current, date }) })}
      </div>
    </div>`;
  }

  private _renderDiary(): TemplateResult {
    const diary = this.current.diary;
    return html`<div class="diary" part="diary">
      ${diaryPromptIds.map((id) =>
        this.isReadonly
          ? html`<section class="prompt" part="prompt" aria-labelledby=${`prompt-${id}`}>
              <h3 id=${`prompt-${id}`} class="field-label">${diaryPrompt(id)}</h3>
              <p class=${diary[id] ? 'read-text' : 'read-text blank tall'}>${diary[id]}</p>
            </section>`
          : html`<div class="prompt" part="prompt">
              ${this.renderTextField({
                key: `diary-${id}`,
                label: diaryPrompt(id),
                value: diary[id],
                multiline: true,
                apply: (text) => ({ ...this.current, diary: { ...this.current.diary, [id]: text } }),
              })}
            </div>`,
      )}
    </div>`;
  }

  private _postcardText(): PostcardText {
    const state = this.current;
    const to = state.to.trim();
    return {
      heading: postcardHeading(),
      message: state.message,
      toLabel: `${msg('To')}:`,
      to,
      date: state.date ? formatDate(state.date) : '',
      title: to ? msg(str`Gratitude postcard to ${to}`) : msg('Gratitude postcard'),
    };
  }

  private _setMode(mode: GratitudeMode): void {
    if (mode === this.current.mode) return;
    this.commit({ ...this.current, mode });
  }

  private _updateThing(id: string, change: Partial<GoodThing>): GratitudeState {
    return { ...this.current, items: this.current.items.map((item) => (item.id === id ? { ...item, ...change } : item)) };
  }

  private _addThing = () => {
    const items = this.current.items;
    if (items.length >= MAX_GOOD_THINGS) return;
    const id = nextGoodThingId(items);
    this.commit({ ...this.current, items: [...items, { id, text: '', why: '' }] });
    this.focusAfterRender(fieldId(`${id}-text`));
  };

  private _removeThing(item: GoodThing, index: number): void {
    const next = { ...this.current, items: this.current.items.filter((candidate) => candidate.id !== item.id) };
    const what = (item.text.trim() || item.why.trim()).slice(0, 60);
    if (what) {
      this.commitRemoval(next, what);
      return;
    }
    this.commit(next);
    this.announce(msg('Good thing removed.'));
    const neighbour = next.items[Math.min(index, next.items.length - 1)];
    // With no good thing left, the keyboard goes to the button that adds one.
    if (neighbour) this.focusAfterRender(fieldId(`${neighbour.id}-text`));
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-thing')?.focus());
  }

  private _onSavePicture = async () => {
    const to = this.current.to.trim();
    const name = to ? `${msg('gratitude-postcard')}-${to.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40)}` : msg('gratitude-postcard');
    downloadBlob(await this.exportPng(), `${name || 'postcard'}.png`);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-gratitude': CoprodGratitude;
  }
}
