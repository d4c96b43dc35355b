import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { getLocale } from '../core/localization.js';
import { ProfileGroupController, sectionsByTemplate } from './profile-card.group.js';
import { msg, str } from '@lit/localize';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { NAME_LIMIT } from '../core/limits.js';
import { messages } from '../core/messages.js';
import { Checker, type StateSchema } from '../core/validate.js';
import { photoFileToDataUrl } from './photo.js';
import { isDefaultSection, MAX_AGE, MAX_ITEMS, MAX_SECTIONS, moveSection, nextSectionId, profileSchema } from './profile-card.state.js';
import { profilePrintStyles, renderProfilePrintLines } from './profile-card.print.js';
import { profileStyles } from './profile-card.styles.js';
import type { DefaultSectionId, ProfileSection, ProfileShow, ProfileState } from './profile-card.types.js';

/** Translated titles of the template's sections (called at render time, in the active locale). */
function defaultTitle(id: DefaultSectionId): string {
  switch (id) {
    case 'appreciate':
      return msg('What others appreciate about me');
    case 'important':
      return msg('What is important to me');
    case 'support':
      return msg('How people can best support and encourage me');
  }
}

/** The title a section shows: its own, else the translated default. */
export function sectionTitle(section: ProfileSection): string {
  if (section.title !== undefined) return section.title;
  return isDefaultSection(section.id) ? defaultTitle(section.id) : '';
}

export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .filter((_, index, words) => index === 0 || index === words.length - 1)
    .map((word) => [...word].find((char) => /\p{L}|\p{N}/u.test(char))?.toUpperCase() ?? '')
    .join('');
}

/**
 * A one-page profile: name, age and photo (each optional to show), and short lists of what
 * others appreciate about me, what is important to me and how people can best support me.
 * Every member of a group fills in the same card, so cards shown side by side look alike.
 *
 * @tagname coprod-profile-card
 * @summary One-page profile card ("Mijn profiel") for a team or group.
 *
 * @csspart card - The card itself (border, background, padding).
 * @csspart header - Photo, name and age.
 * @csspart photo - The photo, or the initials when there is none.
 * @csspart name - The name (read-only view).
 * @csspart sections - The grid of sections.
 * @csspart section - One section.
 * @csspart section-title - A section's title.
 * @csspart item - One item of a section.
 * @csspart template-note - Says that the group chose the sections (a card with `template`).
 * @csspart gallery - The group's cards side by side (a card with `gallery`).
 * @csspart gallery-card - One card in the gallery.
 *
 * @cssproperty [--coprod-profile-font-size=1.125rem] - Text size of the card (large by default, for easy reading).
 * @cssproperty [--coprod-profile-card-background=var(--coprod-color-surface)] - Background of the card.
 * @cssproperty [--coprod-profile-card-border-color=var(--coprod-color-border)] - Border of the card.
 * @cssproperty [--coprod-profile-section-background=var(--coprod-color-surface-alt)] - Background of a section.
 * @cssproperty [--coprod-profile-section-min-height=7rem] - Minimum height of a section, so cards side by side keep the same rhythm.
 * @cssproperty [--coprod-profile-photo-size=7rem] - Width and height of the photo.
 */
export class CoprodProfileCard extends CoprodElement<ProfileState> {
  static override styles = [...CoprodElement.styles, profileStyles, profilePrintStyles];

  protected override get schema(): StateSchema<ProfileState> {
    return profileSchema;
  }

  /**
   * The id of the group's template card: a `coprod-profile-card` on the same page whose
   * sections (ids, titles, order) and photo/age choices this card shows, and follows as they
   * change. The card's own items stay its own; sections the template lacks are kept, not shown.
   */
  @property({ reflect: true }) template: string | null = null;

  /**
   * Shows the group's cards side by side, read-only, instead of this card's form: the
   * template card named by `template` and every other card that names it, in page order.
   */
  @property({ type: Boolean, reflect: true }) gallery = false;

  private readonly _group = new ProfileGroupController(this);

  @state() private _ageError = false;
  @state() private _photoError: string | undefined;
  @state() private _photoBusy = false;
  /** The section whose tools are open (a new section opens them to be named). */
  @state() private _openTools: string | undefined;
  /** Id of the field to focus after the next render. */

  protected override get isReadonly(): boolean {
    return super.isReadonly || this.printing.active;
  }

  /**
   * Moves the keyboard to the card's title (the card itself is not a control), e.g. when the
   * support circle opens this person's card. Called before the card has rendered, it does so
   * once the card shows.
   * @param options - As for `HTMLElement.focus()`.
   */
  override focus(options?: FocusOptions): void {
    if (!this.hasUpdated) {
      // Not shown yet (on a page with several exercises it may wait its turn): once it is.
      void this.updateComplete.then(() => this.focus(options));
      return;
    }
    const title = this.renderRoot.querySelector<HTMLElement>('#card-title, #gallery-title');
    if (!title) {
      super.focus(options);
      return;
    }
    title.tabIndex = -1;
    title.focus(options);
  }

  /** What the card shows: the group's choice when it follows a template, else its own. */
  private get _show(): ProfileShow {
    return this._group.template?.show ?? this.current.show;
  }

  /** The sections shown: in the template's order and words when the card follows one. */
  private get _sections(): ProfileSection[] {
    const template = this._group.template;
    return template ? sectionsByTemplate(this.current, template) : this.current.sections;
  }

  // One whole template for the form and one for the read-only card, rather than small ones
  // switched inside a shared one: each template costs its own preparation and clone.
  override render(): TemplateResult {
    if (this.gallery) return this._renderGallery();
    const profile = this.current;
    const templated = this._group.template !== undefined;
    const sections = this._sections;
    const show = this._show;
    if (this.isReadonly) {
      return html`<article part="card" aria-labelledby="card-title" class="card readonly">
        ${this.renderNotices()}
        <header class="top" part="header">
          ${show.photo ? this._renderPhoto() : nothing}
          <div class="who">
            <h2 id="card-title" class="name" part="name">${profile.name.trim() || msg('My profile')}</h2>
            ${show.age && profile.age !== null ? html`<p class="age">${msg(str`Age: ${profile.age}`)}</p>` : nothing}
            ${this.printing.active ? renderProfilePrintLines({ blankName: !profile.name.trim(), blankAge: show.age && profile.age === null }) : nothing}
          </div>
        </header>
        <div class="sections" part="sections">${sections.map((section) => this._renderReadonlySection(section))}</div>
        ${this.renderFileActions('profile.json')}
      </article>`;
    }
    return html`<article part="card" aria-labelledby="card-title" class="card">
      <h2 id="card-title" class="form-title">${msg('My profile')}</h2>
      <p class="intro">${msg('Share a little about yourself. Everyone in the group fills in the same card.')}</p>
      ${templated ? this._renderTemplateNote(sections) : this._renderShowChoices()}
      ${this.renderNotices()}
      <header class="top" part="header">
        ${show.photo ? this._renderPhoto() : nothing}
        <div class="who">
          ${this.renderTextField({ key: 'name', label: msg('Name'), value: profile.name, limit: NAME_LIMIT, apply: this._applyName })}
          ${show.age ? this._renderAgeField() : nothing}
        </div>
      </header>
      ${show.photo ? this._renderPhotoControls() : nothing}
      <div class="sections" part="sections">
        ${repeat(
          sections,
          // Keyed: a section someone else moves takes its fields along, with the person typing in them.
          (section) => section.id,
          (section, index) => this._renderSection(section, index, templated),
        )}
      </div>
      ${templated || profile.sections.length >= MAX_SECTIONS
        ? nothing
        : html`<button type="button" class="add-section" @click=${this._addSection}>${msg('Add a section')}</button>`}
      ${this.renderFileActions('profile.json')}
    </article>`;
  }

  private _renderTemplateNote(shown: readonly ProfileSection[]): TemplateResult {
    const ids = new Set(shown.map((section) => section.id));
    const hidden = this.current.sections.filter((section) => !ids.has(section.id) && section.items.some((item) => item.trim())).length;
    return html`<p class="hint template-note" part="template-note">
      ${msg('Your group chose these sections. Everyone fills in the same ones.')}
      ${hidden === 0 ? nothing : hidden === 1 ? msg('1 other section of yours is kept, but not shown.') : msg(str`${hidden} other sections of yours are kept, but not shown.`)}
    </p>`;
  }

  /** The group's cards side by side, read-only: each a heading, its photo and its sections as text. */
  private _renderGallery(): TemplateResult {
    const members = this._group.members;
    const template = this._group.template;
    const locale = getLocale();
    const count = members.length;
    return html`<section class="gallery" part="gallery" aria-labelledby="gallery-title">
      <h2 id="gallery-title">${msg('The cards of the group')}</h2>
      <p class="gallery-count" id="gallery-count">${count === 0 ? msg('No cards in this group yet.') : count === 1 ? msg('1 card') : msg(str`${count} cards`)}</p>
      ${this.renderNotices()}
      <ul class="gallery-cards" aria-labelledby="gallery-title">
        ${repeat(
          members,
          (member) => member.card,
          (member, index) => guard([member.state, template, locale, index], () => this._renderGalleryCard(member.state, index, template)),
        )}
      </ul>
    </section>`;
  }

  private _renderGalleryCard(profile: Readonly<ProfileState>, index: number, template: ProfileGroupController['template']): TemplateResult {
    const show = template?.show ?? profile.show;
    const sections = template ? sectionsByTemplate(profile, template) : profile.sections;
    const name = profile.name.trim() || msg('Without a name');
    const headingId = `gallery-name-${index}`;
    return html`<li class="gallery-item">
      <article class="gallery-card" part="gallery-card" tabindex="-1" aria-labelledby=${headingId}>
        <header class="top">
          ${show.photo
            ? html`<div class="photo" part="photo">
                ${profile.photo
                  ? html`<img src=${profile.photo} alt=${profile.name.trim() ? msg(str`Photo of ${profile.name.trim()}`) : msg('Profile photo')} referrerpolicy="no-referrer" decoding="async" />`
                  : html`<span class="initials" aria-hidden="true">${initials(profile.name)}</span>`}
              </div>`
            : nothing}
          <div class="who">
            <h3 id=${headingId} class="name">${name}</h3>
            ${show.age && profile.age !== null ? html`<p class="age">${msg(str`Age: ${profile.age}`)}</p>` : nothing}
          </div>
        </header>
        ${sections.map((section) => {
          const items = section.items.filter((item) => item.trim());
          return html`<section class="section">
            <h4>${sectionTitle(section).trim() || msg('Untitled section')}</h4>
            ${items.length ? html`<ul class="items">${items.map((item) => html`<li class="item read-text">${item}</li>`)}</ul>` : html`<p class="nothing-yet">${msg('Nothing written yet.')}</p>`}
          </section>`;
        })}
      </article>
    </li>`;
  }


  private get _photoAlt(): string {
    const name = this.current.name.trim();
    return name ? msg(str`Photo of ${name}`) : msg('Profile photo');
  }

  private _renderShowChoices(): TemplateResult {
    const show = this.current.show;
    const toggle = (key: 'age' | 'photo') => (event: Event) =>
      this.commit({ ...this.current, show: { ...this.current.show, [key]: (event.target as HTMLInputElement).checked } });
    return html`<fieldset class="show">
      <legend>${msg('What does the card show?')}</legend>
      <div class="choice-row">
        <label class="choice"><input type="checkbox" .checked=${show.photo} @change=${toggle('photo')} /> ${msg('A photo')}</label>
        <label class="choice"><input type="checkbox" .checked=${show.age} @change=${toggle('age')} /> ${msg('My age')}</label>
      </div>
      <p class="hint">${msg('Give every card in the group the same choices. Leave out what people do not want to share.')}</p>
    </fieldset>`;
  }

  private _renderPhoto(): TemplateResult {
    const { photo, name } = this.current;
    if (photo) {
      return html`<div class="photo" part="photo">
        <img src=${photo} alt=${this._photoAlt} referrerpolicy="no-referrer" decoding="async" />
      </div>`;
    }
    if (name.trim()) {
      return html`<div class="photo" part="photo">
        <span class="initials" aria-hidden="true">${initials(name)}</span>
      </div>`;
    }
    return html`<div class="photo" part="photo">
      <svg class="placeholder" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="7" r="5"></circle><path d="M2 24c0-6 4.5-10 10-10s10 4 10 10z"></path></svg>
    </div>`;
  }

  private _renderAgeField(): TemplateResult {
    const age = this.current.age;
    const error = this._ageError;
    // The hint and the error are one paragraph: the same place, told apart by class and id.
    return html`<div class="field age-field">
      <label for="age">${msg('Age')}</label>
      <input
        id="age"
        type="number"
        inputmode="numeric"
        min="0"
        max=${MAX_AGE}
        step="1"
        .value=${age === null ? '' : String(age)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'age-error' : 'age-hint'}
        @input=${this._onAgeInput}
      />
      <p class=${error ? 'error' : 'hint'} id=${error ? 'age-error' : 'age-hint'}>${error ? messages.notWholeNumber(0, MAX_AGE) : msg('You may leave this empty.')}</p>
    </div>`;
  }

  private _renderPhotoControls(): TemplateResult {
    const photo = this.current.photo;
    const url = photo?.startsWith('https:') ? photo : '';
    const error = this._photoError;
    return html`<div class="photo-controls">
      <div class="photo-actions">
        <button type="button" @click=${this._pickPhoto} ?disabled=${this._photoBusy}>${photo ? msg('Choose another photo') : msg('Choose a photo')}</button>
        <input class="photo-file" type="file" accept="image/*" hidden @change=${this._onPhotoPicked} />
        ${photo ? html`<button type="button" class="quiet" @click=${this._removePhoto}>${msg('Remove the photo')}</button>` : nothing}
      </div>
      <div class="field photo-url">
        <label for="photo-url">${msg('Or the web address of a photo')}</label>
        <input
          id="photo-url"
          type="url"
          inputmode="url"
          placeholder="https://"
          .value=${url}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'photo-error' : 'photo-hint'}
          @change=${this._onPhotoUrl}
        />
        <p class=${error ? 'error' : 'hint'} id=${error ? 'photo-error' : 'photo-hint'} data-path=${error ? '/photo' : nothing}>${error || msg('It must start with https://. A photo you choose is made small, so it saves quickly.')}</p>
      </div>
    </div>`;
  }

  private _renderReadonlySection(section: ProfileSection): TemplateResult {
    const shownTitle = sectionTitle(section).trim() || msg('Untitled section');
    const headingId = `section-${fieldId(section.id)}`;
    const items = section.items.filter((item) => item.trim());
    return html`<section class="section" part="section" aria-labelledby=${headingId}>
      <h3 id=${headingId} part="section-title">${shownTitle}</h3>
      ${items.length
        ? html`<ul class="items">${items.map((item) => html`<li class="item read-text" part="item">${item}</li>`)}</ul>`
        : html`<p class="read-text"></p>`}
    </section>`;
  }

  /** A section to fill in; its own tools (title, order, remove) are part of it unless the group chose the sections. */
  private _renderSection(section: ProfileSection, index: number, templated: boolean): TemplateResult {
    const title = sectionTitle(section);
    const shownTitle = title.trim() || msg('Untitled section');
    const headingId = `section-${fieldId(section.id)}`;
    const removeTitle = msg('Remove this item');
    const items = section.items.map(
      (item, itemIndex) => html`<li class="item" part="item" @keydown=${(event: KeyboardEvent) => this._onItemKeydown(event, section, itemIndex)}>
        ${this.renderTextField({
          key: this._itemKey(section.id, itemIndex),
          // The section heading names the list for everyone; the label says which item, for screen readers.
          label: msg(str`${shownTitle}: item ${itemIndex + 1}`),
          labelHidden: true,
          value: item,
          multiline: true,
          apply: (text) => this._updateSection(section.id, { items: section.items.map((old, i) => (i === itemIndex ? text : old)) }),
        })}
        <button
          type="button"
          class="quiet remove-item"
          aria-label=${msg(str`Remove item ${itemIndex + 1} of ${shownTitle}`)}
          title=${removeTitle}
          @click=${() => this._removeItem(section, itemIndex)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </li>`,
    );
    const addItem =
      section.items.length < MAX_ITEMS
        ? html`<button type="button" class="add-item" aria-label=${msg(str`Add an item to ${shownTitle}`)} @click=${() => this._addItem(section, section.items.length)}>
            ${msg('Add an item')}
          </button>`
        : nothing;
    if (templated) {
      return html`<section class="section" part="section" aria-labelledby=${headingId} data-section=${section.id}>
        <h3 id=${headingId} part="section-title">${shownTitle}</h3>
        <ul class="items">
          ${items}
        </ul>
        ${addItem}
      </section>`;
    }
    return html`<section class="section" part="section" aria-labelledby=${headingId} data-section=${section.id}>
      <h3 id=${headingId} part="section-title">${shownTitle}</h3>
      <ul class="items">
        ${items}
      </ul>
      ${addItem}
      <details class="section-tools" ?open=${this._openTools === section.id} @toggle=${(event: Event) => this._onToolsToggle(event, section.id)}>
        <summary>${msg('Change this section')}<span class="visually-hidden">: ${shownTitle}</span></summary>
        ${this.renderTextField({
          key: `${section.id}-title`,
          label: msg('Title of this section'),
          value: title,
          limit: NAME_LIMIT,
          apply: (text) => this._updateSection(section.id, { title: text }),
        })}
        <div class="tool-row">
          ${section.title !== undefined && isDefaultSection(section.id)
            ? html`<button type="button" class="quiet" @click=${() => this._resetTitle(section)}>${msg('Use the standard title')}</button>`
            : nothing}
          <button type="button" class="move-up" ?disabled=${index === 0} @click=${() => this._moveSection(index, index - 1)}>${msg('Move up')}</button>
          <button type="button" class="move-down" ?disabled=${index === this.current.sections.length - 1} @click=${() => this._moveSection(index, index + 1)}>
            ${msg('Move down')}
          </button>
          <button type="button" class="quiet remove-section" @click=${() => this._removeSection(section)}>${msg('Remove this section')}</button>
        </div>
      </details>
    </section>`;
  }

  private _itemKey(sectionId: string, index: number): string {
    return `${sectionId}-item-${index}`;
  }

  private _updateSection(id: string, change: Partial<ProfileSection>): ProfileState {
    if (!this.current.sections.some((section) => section.id === id)) {
      // A template's section this card has no items in yet: it joins the card, with the template's title.
      const shown = this._sections.find((section) => section.id === id);
      const added: ProfileSection = { ...(shown?.title !== undefined && { title: shown.title }), id, items: [''], ...change };
      return { ...this.current, sections: [...this.current.sections, added] };
    }
    return { ...this.current, sections: this.current.sections.map((section) => (section.id === id ? { ...section, ...change } : section)) };
  }

  private _addItem(section: ProfileSection, at: number): void {
    if (section.items.length >= MAX_ITEMS) return;
    const items = [...section.items];
    items.splice(at, 0, '');
    this.commit(this._updateSection(section.id, { items }));
    this.focusAfterRender(fieldId(this._itemKey(section.id, at)));
  }

  private _removeItem(section: ProfileSection, index: number): void {
    const text = section.items[index] ?? '';
    const next = this._updateSection(section.id, { items: section.items.filter((_, i) => i !== index) });
    if (text.trim()) this.commitRemoval(next, text.trim().slice(0, 60));
    else {
      this.commit(next);
      const focusIndex = Math.min(index, section.items.length - 2);
      this.focusAfterRender(focusIndex >= 0 ? fieldId(this._itemKey(section.id, focusIndex)) : undefined);
      this.announce(msg('Item removed.'));
    }
  }

  /** Enter adds an item below (Shift+Enter starts a new line); Backspace in an empty item removes it. */
  private _onItemKeydown(event: KeyboardEvent, section: ProfileSection, index: number): void {
    if (event.isComposing || (event.target as HTMLElement).localName !== 'textarea') return;
    const text = section.items[index] ?? '';
    if (event.key === 'Enter' && !event.shiftKey && text.trim()) {
      event.preventDefault();
      this._addItem(section, index + 1);
    } else if (event.key === 'Backspace' && text === '' && section.items.length > 1) {
      event.preventDefault();
      this.commit(this._updateSection(section.id, { items: section.items.filter((_, i) => i !== index) }));
      this.focusAfterRender(fieldId(this._itemKey(section.id, Math.max(0, index - 1))));
    }
  }

  private _applyName = (name: string): ProfileState => ({ ...this.current, name });

  private _addSection = () => {
    const id = nextSectionId(this.current.sections);
    this.commit({ ...this.current, sections: [...this.current.sections, { id, title: '', items: [''] }] });
    this._openTools = id;
    this.focusAfterRender(fieldId(`${id}-title`));
  };

  private _onToolsToggle(event: Event, id: string): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open) this._openTools = id;
    else if (this._openTools === id) this._openTools = undefined;
  }

  private _resetTitle(section: ProfileSection): void {
    this.commit({
      ...this.current,
      sections: this.current.sections.map((candidate) => (candidate.id === section.id ? { id: candidate.id, items: candidate.items } : candidate)),
    });
  }

  private _moveSection(from: number, to: number): void {
    const sections = this.current.sections;
    if (to < 0 || to >= sections.length) return;
    const moved = sections[from];
    this.commit({ ...this.current, sections: moveSection(sections, from, to) });
    const title = sectionTitle(moved).trim() || msg('Untitled section');
    this.announce(msg(str`"${title}" is now section ${to + 1} of ${sections.length}.`));
    // Keep the keyboard on the same button of the moved section; at an end, on the other one.
    const atEnd = to === 0 || to === sections.length - 1;
    const button = atEnd ? (to === 0 ? 'move-down' : 'move-up') : to < from ? 'move-up' : 'move-down';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-section="${CSS.escape(moved.id)}"] .${button}`)?.focus(),
    );
  }

  private _removeSection(section: ProfileSection): void {
    const title = sectionTitle(section).trim() || msg('Untitled section');
    this.commitRemoval({ ...this.current, sections: this.current.sections.filter((candidate) => candidate.id !== section.id) }, title);
  }

  private _onAgeInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const text = input.value.trim();
    if (input.validity.badInput) {
      this._ageError = true;
      return;
    }
    const age = text === '' ? null : Number(text);
    if (age !== null && !(Number.isInteger(age) && age >= 0 && age <= MAX_AGE)) {
      this._ageError = true;
      return;
    }
    this._ageError = false;
    this.commit({ ...this.current, age });
  };

  /** Checks a photo address exactly as `value` does, so the message and rules are the same. */
  private _setPhoto(photo: string | null): boolean {
    const check = new Checker();
    const safe = check.safeUrlOrNull(photo, '/photo');
    if (!check.ok) {
      this._photoError = check.errors[0].message;
      return false;
    }
    this._photoError = undefined;
    this.commit({ ...this.current, photo: safe });
    return true;
  }

  private _onPhotoUrl = (event: Event) => {
    const text = (event.target as HTMLInputElement).value.trim();
    if (this._setPhoto(text || null) && text) this.announce(msg('Photo added.'));
  };

  private _pickPhoto = () => {
    this.renderRoot.querySelector<HTMLInputElement>('input.photo-file')?.click();
  };

  private _onPhotoPicked = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this._photoBusy = true;
    try {
      const url = await photoFileToDataUrl(file);
      if (this._setPhoto(url)) this.announce(msg('Photo added.'));
    } catch {
      this._photoError = msg('This file could not be read as a photo. Choose a JPEG, PNG or WebP picture.');
    } finally {
      this._photoBusy = false;
    }
  };

  private _removePhoto = () => {
    this._photoError = undefined;
    this.commitRemoval({ ...this.current, photo: null }, msg('the photo'));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-profile-card': CoprodProfileCard;
  }
}
