import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { rows } from '../core/rows.js';
import { getLocale } from '../core/localization.js';
import type { StateSchema } from '../core/validate.js';
import { resolveModel, rungIdsOf } from './ladder.models.js';
import { emptyExample, keepLadderSnapshot, ladderSchema, nextExampleId } from './ladder.state.js';
import { SnapshotsController, snapshotName, snapshotStyles } from '../core/snapshots.js';
import { ladderStyles } from './ladder.styles.js';
import { ladderPrintStyles, renderBlankExamples, renderTendencyTicks } from './ladder.print.js';
import { renderPrintNameLine } from '../core/print.js';
import {
  builtInModelIds,
  tendencies,
  type BuiltInModelId,
  type LadderContent,
  type LadderExample,
  type LadderModel,
  type LadderSnapshot,
  type LadderReflection,
  type LadderState,
  type Perspective,
  type ResolvedModel,
  type ResolvedRung,
  type Tendency,
} from './ladder.types.js';
import { WORD_SPACE } from '../core/word-space.js';

/** Group ids of the co-production ladder, for the "one doing with, one doing for" tip and colours. */
const toneOfGroup: Record<string, string> = { 'doing-to': 'to', 'doing-for': 'for', 'doing-with': 'with', nonparticipation: 'to', tokenism: 'for', 'citizen-power': 'with' };

/**
 * The participation ladder: see where your work sits, from "doing to" through "doing for"
 * to "doing with", with examples placed on their rungs and a short reflection.
 *
 * @tagname coprod-ladder
 * @summary Participation ladder worksheet (co-production ladder, Arnstein, or the host's own).
 *
 * @csspart header - Title, introduction and settings.
 * @csspart ladder - The drawing of the ladder.
 * @csspart group - One group of rungs in the drawing (doing to / for / with).
 * @csspart rung - One rung in the drawing.
 * @csspart placed-example - An example shown on its rung.
 * @csspart worksheet - The examples and the reflection.
 * @csspart example - One example card.
 * @csspart reflection - The personal reflection questions.
 * @csspart snapshots - The dated snapshots of the worksheet: keep one, the list, one shown beside now.
 * @csspart snapshot - One snapshot in the list.
 * @csspart snapshot-compare - A snapshot (read-only) beside the worksheet as it is now.
 *
 * @cssproperty [--coprod-ladder-rail-color=var(--coprod-color-border)] - Colour of the ladder's rails and rung borders.
 * @cssproperty [--coprod-ladder-rung-background=var(--coprod-color-surface)] - Background of a rung.
 * @cssproperty [--coprod-ladder-doing-to-background=#f6e3df] - Background of "doing to" rungs.
 * @cssproperty [--coprod-ladder-doing-for-background=#f7efd5] - Background of "doing for" rungs.
 * @cssproperty [--coprod-ladder-doing-with-background=#dcefe1] - Background of "doing with" rungs.
 * @cssproperty [--coprod-ladder-example-background=var(--coprod-color-surface-alt)] - Background of an example card.
 */
export class CoprodLadder extends CoprodElement<LadderState> {
  static override styles = [...CoprodElement.styles, ladderStyles, snapshotStyles, ladderPrintStyles];

  protected override get schema(): StateSchema<LadderState> {
    return ladderSchema;
  }

  /** Each example's step per ladder left, so switching ladders and back loses no choice. */
  private readonly _rungsByModel = new Map<string, Map<string, string>>();

  /** The host's own model, kept so a user can switch to a built-in ladder and back. */
  private _customModel: LadderModel | undefined;
  private _focusExample: string | undefined;
  /** Dated snapshots: "the ladder at the start", shown beside the worksheet now. */
  private readonly _snapshots = new SnapshotsController<LadderSnapshot>(this, {
    snapshots: () => this.current.snapshots ?? [],
    readonly: () => this.isReadonly,
    keep: (label, date) => this.commit(keepLadderSnapshot(this.current, label, date)),
    remove: (snapshot) =>
      this.commitRemoval({ ...this.current, snapshots: (this.current.snapshots ?? []).filter((candidate) => candidate !== snapshot) }, snapshotName(snapshot)),
    summary: (snapshot) => this._contentSummary(snapshot),
    renderSnapshot: (snapshot) => this._renderContent(snapshot, () => ''),
    renderNow: (snapshot) => {
      const before = new Map(snapshot.examples.map((example) => [example.id, example]));
      const thenModel = resolveModel(snapshot.model);
      return this._renderContent(this.current, (example) => {
        const old = before.get(example.id);
        if (!old) return msg('new');
        if (old.rung === example.rung) return '';
        const rung = thenModel.rungs.find((candidate) => candidate.id === old.rung);
        return msg(str`was: ${rung ? rung.label : msg('Not sure yet')}`);
      });
    },
    announce: (text) => this.announce(text),
    words: () => ({
      intro: msg('Keep the worksheet as it is today, for example at the start. Later you can see it beside the worksheet as it is then.'),
      keep: msg('Keep the worksheet as a snapshot'),
      now: msg('The worksheet now'),
    }),
  });

  /** Each example's number (1, 2, …) in the last render. */
  private _numbers = new Map<LadderExample, number>();

  /** On paper the worksheet is text, not fields. */
  protected override get isReadonly(): boolean {
    return super.isReadonly || this.printing.active;
  }

  override render(): TemplateResult {
    const state = this.current;
    if (typeof state.model === 'object') this._customModel = state.model;
    // The same object while the model and the language stay the same, so unchanged examples and rungs skip re-rendering.
    const model = resolveModel(state.model);
    this._numbers = new Map(state.examples.map((example, index) => [example, index + 1]));
    return html`
      <header part="header">
        <h2>${msg('Participation ladder')}</h2>
        <p class="intro">
          ${this._isTeam
            ? msg('Look at the steps of the ladder. Where does the work of your team or service fit? Write down examples, then think about what you want to change.')
            : msg('Look at the steps of the ladder. Where does your own work fit? Write down examples, then think about what you want to change.')}
        </p>
        ${this._renderSettings(model)}
      </header>
      ${this.printing.active ? renderPrintNameLine() : nothing} ${this.renderNotices()}
      <div class="layout">
        ${this._renderLadder(model)}
        <div class="worksheet" part="worksheet">${this._renderExamples(model)} ${this._renderReflection()}</div>
      </div>
      ${this.printing.active ? this._snapshots.renderPrint() : this._snapshots.render()}
      <div class="footer">${this.renderFileActions('participation-ladder.json')}</div>
    `;
  }

  /** "3 examples · Doing with": what a snapshot holds, in a few words. */
  private _contentSummary(content: LadderContent): string {
    const count = content.examples.length;
    const examples = count === 1 ? msg('1 example') : msg(str`${count} examples`);
    const tendency = content.reflection.tendency;
    return tendency ? `${examples} · ${this._tendencyLabel(tendency)}` : examples;
  }

  private _tendencyLabel(tendency: Tendency): string {
    return tendency === 'to' ? msg('Doing to') : tendency === 'for' ? msg('Doing for') : msg('Doing with');
  }

  /** A worksheet as text (a snapshot, or now): the steps top down with their examples, then the tendency. */
  private _renderContent(content: LadderContent, note: (example: LadderExample) => string): TemplateResult {
    const model = resolveModel(content.model);
    const number = new Map(content.examples.map((example, index) => [example.id, index + 1]));
    const line = (example: LadderExample) => {
      const change = note(example);
      const name = msg(str`Example ${number.get(example.id) ?? 0}`);
      return html`<li>${example.what.trim() ? `${name}: ${example.what.trim()}` : name}${change ? html`${WORD_SPACE}<span class="change">(${change})</span>` : nothing}</li>`;
    };
    const unplaced = content.examples.filter((example) => example.rung === null || !model.rungs.some((rung) => rung.id === example.rung));
    return html`<p class="snapshot-summary">${model.label} · ${this._contentSummary(content)}</p>
      ${[...model.rungs].reverse().map((rung) => {
        const placed = content.examples.filter((example) => example.rung === rung.id);
        return placed.length ? html`<h6>${rung.label}</h6><ul>${placed.map(line)}</ul>` : nothing;
      })}
      ${unplaced.length ? html`<h6>${msg('Not sure yet')}</h6><ul>${unplaced.map(line)}</ul>` : nothing}
      ${content.examples.length === 0 ? html`<p>${msg('No examples yet.')}</p>` : nothing}`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this._focusExample) {
      const id = this._focusExample;
      this._focusExample = undefined;
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`${id}-what`)}`)?.focus();
    }
  }

  private get _isTeam(): boolean {
    return this.current.perspective === 'team';
  }

  private _renderSettings(model: ResolvedModel): TemplateResult {
    const perspectiveLabel = (perspective: Perspective) =>
      perspective === 'individual' ? msg('Me ("I")') : msg('Our team or service ("we")');
    if (this.isReadonly) {
      return html`<p class="settings">
        <span><strong>${msg('Ladder:')}</strong> ${model.label}</span>
        <span><strong>${msg('About:')}</strong> ${perspectiveLabel(this.current.perspective)}</span>
      </p>`;
    }
    const modelOptions: { id: string; label: string }[] = builtInModelIds.map((id) => ({ id, label: resolveModel(id).label }));
    if (this._customModel) modelOptions.push({ id: `custom:${this._customModel.id}`, label: resolveModel(this._customModel).label });
    const selectedModel = typeof this.current.model === 'string' ? this.current.model : `custom:${this.current.model.id}`;
    return html`<div class="settings">
      <fieldset class="field">
        <legend>${msg('Who is this about?')}</legend>
        <div class="choice-row">
          ${(['individual', 'team'] as const).map(
            (perspective) => html`<label class="choice">
              <input
                type="radio"
                name="perspective"
                value=${perspective}
                .checked=${this.current.perspective === perspective}
                @change=${() => this._setPerspective(perspective)}
              />
              ${perspectiveLabel(perspective)}
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="model">${msg('Which ladder?')}</label>
        <select id="model" .value=${live(selectedModel)} @change=${this._onModelChange}>
          ${modelOptions.map((option) => html`<option value=${option.id} ?selected=${option.id === selectedModel}>${option.label}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private _renderLadder(model: ResolvedModel): ReturnType<typeof guard> {
    const readAloud = this.readAloud.available;
    // What the drawing shows of the examples: on which rung, with which number (their order) and text.
    const placedOn = new Map<string, LadderExample[]>();
    const drawn: unknown[] = [model, this.isReadonly, readAloud];
    for (const example of this.current.examples) {
      drawn.push(example.id, example.rung, example.what);
      if (example.rung === null) continue;
      const placed = placedOn.get(example.rung);
      if (placed) placed.push(example);
      else placedOn.set(example.rung, [example]);
    }
    // Typing in an example's outcomes changes nothing on the ladder: it is not drawn again.
    return guard(drawn, () => this._renderLadderFigure(model, placedOn, readAloud));
  }

  private _renderLadderFigure(model: ResolvedModel, placedOn: ReadonlyMap<string, LadderExample[]>, readAloud: boolean): TemplateResult {
    const rungsTopFirst = [...model.rungs].reverse();
    const groupsTopFirst = model.groups.filter((group) => model.rungs.some((rung) => rung.group === group.id)).reverse();
    const top = model.rungs[model.rungs.length - 1];
    const bottom = model.rungs[0];
    return html`<figure class="ladder" part="ladder" aria-labelledby="ladder-caption">
      <figcaption id="ladder-caption">
        ${msg(str`${model.label}: ${model.rungs.length} steps, from ${bottom?.label ?? ''} at the bottom to ${top?.label ?? ''} at the top.`)}
      </figcaption>
      <p class="higher-note">
        ${msg('Higher is not always better. Sometimes informing or asking people is just right. Choose your step on purpose.')}
      </p>
      <ol class="groups">
        ${groupsTopFirst.map(
          (group) => html`<li class="group" part="group" data-tone=${toneOfGroup[group.id] ?? nothing}>
            <div class="group-heading">
              <h3 id="group-${fieldId(group.id)}">${group.label}</h3>
              ${group.description ? html`<p class="group-description">${group.description}</p>` : nothing}
            </div>
            <ol class="rungs" aria-labelledby="group-${fieldId(group.id)}">
              ${rungsTopFirst
                .filter((rung) => rung.group === group.id)
                .map((rung) => {
                  const placed = placedOn.get(rung.id) ?? [];
                  const key: unknown[] = [rung, model, this.isReadonly, readAloud];
                  for (const example of placed) key.push(example.id, example.what, this._numbers.get(example));
                  // A rung is drawn again only when its examples (their text or number) changed.
                  return guard(key, () => this._renderRung(model, rung, placed));
                })}
            </ol>
          </li>`,
        )}
      </ol>
    </figure>`;
  }

  private _renderRung(model: ResolvedModel, rung: ResolvedRung, placed: readonly LadderExample[]): TemplateResult {
    const step = model.rungs.indexOf(rung) + 1;
    return html`<li class="rung" part="rung" data-rung=${rung.id}>
      <span class="rung-number" aria-hidden="true">${step}</span>
      <div>
        <span class="rung-name"><span class="visually-hidden">${msg(str`Step ${step}:`)} </span>${rung.label}</span>
        <p class="rung-description" id="rung-description-${fieldId(rung.id)}">
          ${rung.description} ${rung.avoid ? html`<span class="avoid">${msg('Try to avoid this step.')}</span>` : nothing}
        </p>
      </div>
      ${this.readAloud.renderItemButton(() => this.renderRoot.querySelector(`.rung[data-rung="${CSS.escape(rung.id)}"] > div`), msg(str`Read step ${step} aloud`))}
      <ul class="placed" aria-label=${msg(str`Examples on ${rung.label}`)}>${placed.map((example) => this._renderPlacedExample(example))}</ul>
    </li>`;
  }

  private _renderPlacedExample(example: LadderExample): TemplateResult {
    const name = this._exampleName(example);
    const summary = example.what.trim() ? `${name}: ${example.what.trim()}` : name;
    const id = example.id;
    return html`<li class="placed-example" part="placed-example">
      ${this.isReadonly
        ? html`<span title=${summary}>${summary}</span>`
        : html`<button type="button" title=${summary} @click=${() => this._goToExample(id)}>${summary}</button>`}
    </li>`;
  }

  private _exampleName(example: LadderExample): string {
    return msg(str`Example ${this._numbers.get(example) ?? this.current.examples.indexOf(example) + 1}`);
  }

  private _renderExamples(model: ResolvedModel): TemplateResult {
    const { examples, perspective } = this.current;
    const readonly = this.isReadonly;
    const messages = this.fieldMessages;
    return html`<h3>${msg('Examples from practice')}</h3>
      ${this._renderProgress()}
      <div class="examples">
        ${rows(
          examples,
          (example) => example.id,
          (example) => this._renderExample(model, example),
          // An example renders again only when it or its number changed, or the model (and so the language), the mode or a field message.
          { shared: [model, readonly, perspective, messages], inputOf: (_example, index) => index },
        )}
      </div>
      ${this.isReadonly
        ? examples.length === 0
          ? this.printing.active
            ? renderBlankExamples(this._exampleQuestions(), model.rungs.map((rung) => rung.label).reverse())
            : html`<p class="hint">${msg('No examples yet.')}</p>`
          : nothing
        : html`<button type="button" class="primary" @click=${this._addExample}>${msg('Add an example')}</button>`}`;
  }

  /** The example's questions in the perspective's words (also for the blank paper worksheet). */
  private _exampleQuestions() {
    return {
      what: this._isTeam ? msg('What we do') : msg('What I did'),
      rung: msg('Where does this fit on the ladder?'),
      outcomes: msg('What outcomes were achieved?'),
      better: this._isTeam ? msg('How could we have achieved a better outcome?') : msg('How could I have achieved a better outcome?'),
    };
  }

  /** The worksheet asks for at least one "doing with" and one "doing for" example: a tip, never a block. */
  private _renderProgress(): TemplateResult | typeof nothing {
    if (this.current.model !== 'co-production' || this.isReadonly) return nothing;
    const rungs = resolveModel('co-production').rungs;
    const groupOf = (rungId: string | null) => (rungId === null ? undefined : rungs.find((rung) => rung.id === rungId)?.group);
    const groups = new Set(this.current.examples.map((example) => groupOf(example.rung)));
    const hasWith = groups.has('doing-with');
    const hasFor = groups.has('doing-for');
    const text =
      hasWith && hasFor
        ? msg('You have an example of "doing for" and of "doing with". Well done.')
        : hasWith
          ? msg('Tip: also add an example of "doing for".')
          : hasFor
            ? msg('Tip: also add an example of "doing with".')
            : msg('Tip: write at least one example of "doing with" and one of "doing for".');
    return html`<p class="progress">${text}</p>`;
  }

  private _renderExample(model: ResolvedModel, example: LadderExample): TemplateResult {
    const name = this._exampleName(example);
    const headingId = `heading-${fieldId(example.id)}`;
    return html`<article class="example" part="example" id="example-${fieldId(example.id)}" aria-labelledby=${headingId}>
      <h4 id=${headingId}>${name}</h4>
      ${this.renderTextField({
        key: `${example.id}-what`,
        label: this._isTeam ? msg('What we do') : msg('What I did'),
        value: example.what,
        multiline: true,
        apply: (what) => this._updateExample(example.id, { what }),
      })}
      ${guard([example.rung, model, this.isReadonly], () => this._renderRungChoice(model, example))}
      ${this.renderTextField({
        key: `${example.id}-outcomes`,
        label: msg('What outcomes were achieved?'),
        value: example.outcomes,
        multiline: true,
        apply: (outcomes) => this._updateExample(example.id, { outcomes }),
      })}
      ${this.renderTextField({
        key: `${example.id}-better`,
        label: this._isTeam ? msg('How could we have achieved a better outcome?') : msg('How could I have achieved a better outcome?'),
        value: example.better,
        multiline: true,
        apply: (better) => this._updateExample(example.id, { better }),
      })}
      ${this.isReadonly
        ? nothing
        : html`<div class="example-actions">
            <button type="button" class="quiet" @click=${() => this._removeExample(example)}>${msg(str`Remove ${name}`)}</button>
          </div>`}
    </article>`;
  }

  /** The example's step on the ladder; guarded by its step, the model and the mode, so typing in the example's texts leaves it as it is. */
  private _renderRungChoice(model: ResolvedModel, example: LadderExample): TemplateResult {
    const legend = msg('Where does this fit on the ladder?');
    if (this.isReadonly) {
      const rung = model.rungs.find((candidate) => candidate.id === example.rung);
      const group = rung && model.groups.find((candidate) => candidate.id === rung.group);
      return html`<div class="field">
        <span class="field-label">${legend}</span>
        <p class="chosen-rung">${rung ? `${rung.label} (${group?.label ?? ''})` : msg('Not chosen yet')}</p>
      </div>`;
    }
    const name = `rung-${fieldId(example.id)}`;
    const groupsTopFirst = [...model.groups].reverse();
    const radio = (rungId: string | null, label: string, describedBy?: string) => html`<label class="choice">
      <input
        type="radio"
        name=${name}
        .checked=${example.rung === rungId}
        aria-describedby=${describedBy ?? nothing}
        @change=${() => this._placeExample(example.id, rungId)}
      />
      ${label}
    </label>`;
    // Every example has these groups: its heading makes each group's name unique on the page.
    const headingId = `heading-${fieldId(example.id)}`;
    return html`<fieldset class="field rung-choices" aria-labelledby="legend-${name} ${headingId}" @keydown=${this._onRungKeydown}>
      <legend id="legend-${name}">${legend}</legend>
      ${groupsTopFirst.map((group) => {
        const rungs = model.rungs.filter((rung) => rung.group === group.id).reverse();
        if (!rungs.length) return nothing;
        const groupNameId = `${name}-${fieldId(group.id)}`;
        return html`<div class="rung-group" role="group" aria-labelledby="${groupNameId} ${headingId}">
          <span class="rung-group-name" id=${groupNameId} aria-hidden="true">${group.label}</span>
          ${rungs.map((rung) => radio(rung.id, rung.label, `rung-description-${fieldId(rung.id)}`))}
        </div>`;
      })}
      ${radio(null, msg('Not sure yet'))}
    </fieldset>`;
  }

  /** Drawn again only when the reflection, the perspective, the mode, the language or a field message changed. */
  private _renderReflection(): ReturnType<typeof guard> {
    const state = this.current;
    return guard([state.reflection, state.perspective, this.isReadonly, this.printing.active, getLocale(), this.fieldMessages], () => this._renderReflectionSection());
  }

  private _renderReflectionSection(): TemplateResult {
    const reflection = this.current.reflection;
    const team = this._isTeam;
    const tendencyLabel: Record<Tendency, string> = {
      to: msg('Doing to'),
      for: msg('Doing for'),
      with: msg('Doing with'),
    };
    const legend = team ? msg('In our service we tend to work by…') : msg('In my own practice I tend to work by…');
    const update = (change: Partial<LadderReflection>): LadderState => ({ ...this.current, reflection: { ...this.current.reflection, ...change } });
    return html`<section class="reflection" part="reflection" aria-labelledby="reflection-heading">
      <h3 id="reflection-heading">${msg('Reflection')}</h3>
      ${this.isReadonly
        ? html`<div class="field">
            <span class="field-label">${legend}</span>
            <p class="read-text">${reflection.tendency ? tendencyLabel[reflection.tendency] : this.printing.active ? renderTendencyTicks(tendencies.map((tendency) => tendencyLabel[tendency])) : ''}</p>
          </div>`
        : html`<fieldset class="field">
            <legend>${legend}</legend>
            <div class="choice-row">
              ${tendencies.map(
                (tendency) => html`<label class="choice">
                  <input
                    type="radio"
                    name="tendency"
                    .checked=${reflection.tendency === tendency}
                    @change=${() => this.commit(update({ tendency }))}
                  />
                  ${tendencyLabel[tendency]}
                </label>`,
              )}
              <label class="choice">
                <input type="radio" name="tendency" .checked=${reflection.tendency === null} @change=${() => this.commit(update({ tendency: null }))} />
                ${msg('Not sure yet')}
              </label>
            </div>
          </fieldset>`}
      ${this.renderTextField({
        key: 'reflection-moveUp',
        label: team
          ? msg('How can we make sure our everyday work moves up the ladder, towards "doing with"?')
          : msg('How can I make sure my everyday work moves up the ladder, towards "doing with"?'),
        value: reflection.moveUp,
        multiline: true,
        apply: (moveUp) => update({ moveUp }),
      })}
      ${this.renderTextField({
        key: 'reflection-skills',
        label: team ? msg('Which skills do we need to learn to move up the ladder?') : msg('Which skills do I need to learn to move up the ladder?'),
        value: reflection.skills,
        multiline: true,
        apply: (skills) => update({ skills }),
      })}
      ${this.renderTextField({
        key: 'reflection-support',
        label: team ? msg('How can we get support to learn these skills?') : msg('How can I get support to learn these skills?'),
        value: reflection.support,
        multiline: true,
        apply: (support) => update({ support }),
      })}
    </section>`;
  }

  private _updateExample(id: string, change: Partial<LadderExample>): LadderState {
    return {
      ...this.current,
      examples: this.current.examples.map((example) => (example.id === id ? { ...example, ...change } : example)),
    };
  }

  private _placeExample(id: string, rung: string | null): void {
    this.commit(this._updateExample(id, { rung }));
    const model = resolveModel(this.current.model);
    const example = this.current.examples.find((candidate) => candidate.id === id);
    const placedOn = model.rungs.find((candidate) => candidate.id === rung);
    if (example && placedOn) this.announce(msg(str`${this._exampleName(example)} is now on ${placedOn.label}.`));
  }

  private _setPerspective(perspective: Perspective): void {
    this.commit({ ...this.current, perspective });
  }

  private _onModelChange = (event: Event) => {
    const choice = (event.target as HTMLSelectElement).value;
    const model: LadderState['model'] | undefined = choice.startsWith('custom:')
      ? this._customModel
      : (builtInModelIds as readonly string[]).includes(choice)
        ? (choice as BuiltInModelId)
        : undefined;
    if (!model) return;
    // Remember where each example stood on the ladder we leave, so switching back restores it.
    const leaving = modelKey(this.current.model);
    const placed = new Map<string, string>();
    for (const example of this.current.examples) if (example.rung !== null) placed.set(example.id, example.rung);
    this._rungsByModel.set(leaving, placed);
    const remembered = this._rungsByModel.get(modelKey(model));
    const rungIds = rungIdsOf(model);
    let unplaced = 0;
    const examples = this.current.examples.map((example) => {
      if (example.rung !== null && rungIds.includes(example.rung)) return example;
      const back = remembered?.get(example.id);
      if (back !== undefined && rungIds.includes(back)) return { ...example, rung: back };
      if (example.rung !== null) unplaced++;
      return example.rung === null ? example : { ...example, rung: null };
    });
    const next = { ...this.current, model, examples };
    if (unplaced === 0) {
      this.commit(next);
      return;
    }
    const message =
      unplaced === 1
        ? msg('1 example has no step on this ladder yet. Choose one, or go back to the other ladder: its steps are kept.')
        : msg(str`${unplaced} examples have no step on this ladder yet. Choose one, or go back to the other ladder: their steps are kept.`);
    this.commitWithUndo(next, message, { focusUndo: false });
    this.announce(message);
  };

  /** Native radios give the arrow keys; Home and End go to the top and bottom choice. */
  private _onRungKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Home' && event.key !== 'End') return;
    const radios = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const target = event.key === 'Home' ? radios[0] : radios[radios.length - 1];
    if (!target) return;
    event.preventDefault();
    target.focus();
    if (!target.checked) target.click();
  };

  private _addExample = () => {
    const id = nextExampleId(this.current.examples);
    this.commit({ ...this.current, examples: [...this.current.examples, emptyExample(id)] });
    this._focusExample = id;
  };

  private _removeExample(example: LadderExample): void {
    const name = this._exampleName(example);
    const what = example.what.trim() ? `${name} (${example.what.trim().slice(0, 40)})` : name;
    this.commitRemoval({ ...this.current, examples: this.current.examples.filter((candidate) => candidate.id !== example.id) }, what);
  }

  private _goToExample(id: string): void {
    const card = this.renderRoot.querySelector<HTMLElement>(`#example-${fieldId(id)}`);
    card?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`${id}-what`)}`)?.focus({ preventScroll: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-ladder': CoprodLadder;
  }
}

function modelKey(model: LadderState['model']): string {
  return typeof model === 'string' ? model : `custom:${model.id}`;
}
