import { html, nothing, svg, type PropertyValues, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { downloadPng, downloadSvg, standaloneSvg, svgToPng } from '../core/export.js';
import { localFileName } from '../core/exercise-names.js';
import { DrawingFitController } from '../core/drawing-fit.js';
import { NAME_LIMIT } from '../core/limits.js';
import { getLocale } from '../core/localization.js';
import { RovingFocusController } from '../core/roving-focus.js';
import type { StateSchema } from '../core/validate.js';
import { looksLikeRoleOrGroupInAny, roleWords } from './circle.hints.js';
import { CENTRE, VIEW_SIZE, estimateTextWidth, reuseOrLayoutRing, ringAtPoint, type KeyedRingLayout, type PlacedMark, type RingLayout } from './circle.layout.js';
import type { TextSpacing } from '../core/text-spacing.js';
import { spacingProbeStyles, TextSpacingController } from '../core/text-spacing-controller.js';
import { circleChanges, countByRing, emptyPerson, keepCircleSnapshot, movePerson, nextPersonId, ringBeside, supportCircleSchema } from './circle.state.js';
import { SnapshotsController, snapshotName, snapshotStyles } from '../core/snapshots.js';
import { ProfileCardsController } from './circle.cards.js';
import { rows } from '../core/rows.js';
import { supportCircleStyles } from './circle.styles.js';
import { circlePrintStyles, renderCirclePrint } from './circle.print.js';
import { renderPrintNameLine } from '../core/print.js';
import { ringIds, type CirclePerson, type CircleSnapshot, type RingId, type SupportCircleState } from './circle.types.js';
import { WORD_SPACE } from '../core/word-space.js';

/** A pointer drag of a mark, from `pointerdown` until it ends. */
interface Drag {
  id: string;
  pointerId: number;
  mark: SVGElement;
  startX: number;
  startY: number;
  moved: boolean;
}

function isMark(node: EventTarget | null | undefined): node is SVGElement {
  return node instanceof SVGElement && node.classList.contains('mark');
}

/** Whether `node` is (inside) the whole name shown over a mark. */
function isFullName(node: EventTarget | null | undefined): boolean {
  return node instanceof SVGElement && node.closest('.full-name') !== null;
}

/** How far (in drawing units) a pointer must move before a press becomes a drag. */
const DRAG_THRESHOLD = 8;

/** One ring's marks by person id, with their keyboard order: kept while the ring's layout is. */
interface RingMarks {
  layout: RingLayout;
  byId: Map<string, PlacedMark>;
  order: Map<string, number>;
}

/** Keyboard order of a mark: ring by ring, clockwise from the ring's name (a key from the ring and the angle, so moving one person does not renumber everyone after them). */
function markOrder(mark: PlacedMark, ringIndex: number): number {
  const turn = (mark.angle - Math.PI / 2 + Math.PI * 2) % (Math.PI * 2);
  return Math.round((ringIndex * 10 + turn) * 10000) / 10000;
}

function sameIds(a: readonly CirclePerson[], b: readonly CirclePerson[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id) return false;
  return true;
}

const nobody: readonly CirclePerson[] = [];

/**
 * The circle of support: name the people around a project and place each on one of four
 * rings — co-producers, participants, involved, consulted — then plan how to involve them.
 * The drawing and the list below it show the same people; both can be edited.
 *
 * @tagname coprod-support-circle
 * @summary Circle of support: named people on four rings, with a list to plan contact.
 *
 * @csspart header - Title and introduction.
 * @csspart drawing - The figure with the circle, its summary and the keyboard tip.
 * @csspart circle - The SVG drawing of the four rings.
 * @csspart mark - One person's mark on a ring.
 * @csspart legend - The four rings with their meaning.
 * @csspart grid - The list of everyone (read-only: sorted by ring).
 * @csspart person - One person in the list.
 * @csspart snapshots - The dated snapshots of the circle: keep one, the list, one shown beside now.
 * @csspart snapshot - One snapshot in the list.
 * @csspart snapshot-compare - A snapshot (read-only) beside the circle as it is now.
 *
 * @cssproperty [--coprod-circle-co-producers-background=30% accent] - Fill of the centre ring (co-producers).
 * @cssproperty [--coprod-circle-participants-background=19% accent] - Fill of the second ring (participants).
 * @cssproperty [--coprod-circle-involved-background=10% accent] - Fill of the third ring (involved).
 * @cssproperty [--coprod-circle-consulted-background=4% accent] - Fill of the outer ring (consulted).
 * @cssproperty [--coprod-circle-ring-line-color=var(--coprod-color-border)] - Lines between the rings.
 * @cssproperty [--coprod-circle-mark-background=var(--coprod-color-surface)] - Background of a person's mark.
 * @cssproperty [--coprod-circle-mark-border-color=var(--coprod-color-accent)] - Border of a person's mark, and the colour of a dot.
 * @cssproperty [--coprod-circle-hint-color=var(--coprod-color-warning)] - The tip shown when a name looks like a job or a group.
 */
export class CoprodSupportCircle extends CoprodElement<SupportCircleState> {
  static override styles = [...CoprodElement.styles, supportCircleStyles, snapshotStyles, circlePrintStyles, spacingProbeStyles];

  /**
   * The words that make a name look like a job title or a group, per locale. Shared by every
   * support circle on the page; add to it (`CoprodSupportCircle.roleWords.nl.push('buurtcoach')`)
   * or give a new locale its own list.
   */
  static get roleWords(): Record<string, string[]> {
    return roleWords;
  }

  /** More words that make a name look like a job or a group, for this element only (attribute: comma-separated). */
  @property({
    attribute: 'role-words',
    converter: {
      fromAttribute: (text: string | null) => (text ?? '').split(',').map((word) => word.trim()).filter(Boolean),
      toAttribute: (words: string[]) => words.join(', '),
    },
  })
  roleWords: string[] = [];

  protected override get schema(): StateSchema<SupportCircleState> {
    return supportCircleSchema;
  }

  /** The person whose full name shows over the drawing (focused or under the pointer). */
  @state() private _highlight: string | undefined;
  @state() private _dropRing: RingId | undefined;

  private _drag: Drag | undefined;
  /** Bumped when the base element's over-limit field messages change, so guarded rows show them. */
  private _fieldMessages = 0;
  private _focusMark: string | undefined;
  private _focusField: string | undefined;
  private readonly _layouts = new Map<RingId, { keyed: KeyedRingLayout; people: readonly CirclePerson[]; ringName: string; spacing: TextSpacing }>();
  private readonly _textSpacing = new TextSpacingController(this, () => this.renderRoot.querySelector('.spacing-probe'));
  private readonly _ringMarks = new Map<RingId, RingMarks>();

  /** On a narrow screen or at high zoom the drawing's names get too small: the list takes over. */
  private readonly _fit = new DrawingFitController(this, {
    box: () => this.renderRoot.querySelector('.circle-box'),
    viewWidth: VIEW_SIZE,
    text: () => this.renderRoot.querySelector('.mark-text') ?? this.renderRoot.querySelector('.ring-name'),
  });

  /** Profile cards on the page by name: a person with a card can open it. */
  private readonly _cards = new ProfileCardsController(this);

  /** Dated snapshots: "the circle at the start", shown beside the circle now. */
  private readonly _snapshots = new SnapshotsController<CircleSnapshot>(this, {
    snapshots: () => this.current.snapshots ?? [],
    readonly: () => this.isReadonly,
    keep: (label, date) => this.commit(keepCircleSnapshot(this.current, label, date)),
    remove: (snapshot) =>
      this.commitRemoval({ ...this.current, snapshots: (this.current.snapshots ?? []).filter((candidate) => candidate !== snapshot) }, snapshotName(snapshot)),
    summary: (snapshot) => this._summaryOf(snapshot.people),
    // The snapshot alone (it never changes); what changed is noted on the side of now.
    renderSnapshot: (snapshot) => this._renderPeopleByRing(snapshot.people, () => ''),
    renderNow: (snapshot) => {
      const changes = circleChanges(snapshot.people, this.current.people);
      const gone = snapshot.people.filter((person) => changes.gone.has(person.id));
      return html`${this._renderPeopleByRing(this.current.people, (person) => {
        if (changes.added.has(person.id)) return msg('new');
        const from = changes.movedFrom.get(person.id);
        return from ? msg(str`was: ${this._ringLabel(from)}`) : '';
      })}
      ${gone.length
        ? html`<h6>${msg('Not in the circle any more')} (${gone.length})</h6>
            <ul class="gone">
              ${gone.map((person) => html`<li>${this._displayName(person)} <span class="change">(${msg(str`was: ${this._ringLabel(person.ring)}`)})</span></li>`)}
            </ul>`
        : nothing}`;
    },
    announce: (text) => this.announce(text),
    words: () => ({
      intro: msg('Keep the circle as it is today, for example at the start. Later you can see it beside the circle as it is then.'),
      keep: msg('Keep the circle as a snapshot'),
      now: msg('The circle now'),
    }),
  });

  /** The people whose marks the tab stops were last applied to (none when read-only). */
  private _appliedMarks: readonly CirclePerson[] = nobody;

  /**
   * One tab stop for all marks. The shared controller normally re-applies every tab stop
   * after every render; with hundreds of marks that alone takes most of a frame, so here it
   * is driven by hand: after renders that add or remove marks, and by the arrow keys.
   */
  private readonly _roving = new RovingFocusController({ addController: () => undefined } as unknown as ReactiveControllerHost, {
    // Read-only marks are a list to read, not controls: no tab stops.
    items: () => (this.isReadonly ? [] : this._marksInOrder()),
    orientation: 'horizontal',
    wrap: true,
  });

  private _marksInOrder(): HTMLElement[] {
    const marks = [...this.renderRoot.querySelectorAll<HTMLElement>('svg.circle .mark')];
    const key = new Map(marks.map((mark) => [mark, this._orderOf(mark.getAttribute('data-id')!)]));
    return marks.sort((a, b) => key.get(a)! - key.get(b)!);
  }

  /** Keyboard order of a person's mark, from the last render. */
  private _orderOf(id: string): number {
    for (const ring of this._ringMarks.values()) {
      const order = ring.order.get(id);
      if (order !== undefined) return order;
    }
    return 0;
  }

  /** The drawing as a standalone SVG file (text), with colours and fonts written in. */
  exportSvg(): string {
    const drawing = this._svg;
    if (!drawing) throw new Error('The circle is not drawn yet.');
    return standaloneSvg(drawing);
  }

  /**
   * The drawing as a PNG image, `scale` times its size on screen.
   * @param scale - How many image pixels per pixel on screen (2 by default).
   */
  async exportPng(scale = 2): Promise<Blob> {
    const drawing = this._svg;
    if (!drawing) throw new Error('The circle is not drawn yet.');
    return svgToPng(drawing, scale);
  }

  private get _svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg.circle');
  }

  private _ringLabel(ring: RingId): string {
    switch (ring) {
      case 'co-producers':
        return msg('Co-producers');
      case 'participants':
        return msg('Participants');
      case 'involved':
        return msg('Involved');
      case 'consulted':
        return msg('Consulted');
    }
  }

  private _ringMeaning(ring: RingId): string {
    switch (ring) {
      case 'co-producers':
        return msg('Share responsibility for the result. They give their time, skills and knowledge.');
      case 'participants':
        return msg('Get help from the project or help to give it, but did not start it. Over time they may become co-producers.');
      case 'involved':
        return msg('Need to hear how it goes and may give their views. For example a manager or a funder. They do not co-produce.');
      case 'consulted':
        return msg('People whose advice you want. They do not get help from the project and do not benefit from it.');
    }
  }

  private _ringCount(ring: RingId, count: number): string {
    const one = count === 1;
    switch (ring) {
      case 'co-producers':
        return one ? msg('1 co-producer') : msg(str`${count} co-producers`);
      case 'participants':
        return one ? msg('1 participant') : msg(str`${count} participants`);
      case 'involved':
        return one ? msg('1 involved') : msg(str`${count} involved`);
      case 'consulted':
        return one ? msg('1 consulted') : msg(str`${count} consulted`);
    }
  }

  /** Checks the active language's word list first, then the others: people mix languages in names. */
  private _looksLikeRoleOrGroup(name: string): boolean {
    if (name.trim() === '') return false;
    const active = getLocale();
    const locales = [active, ...Object.keys(CoprodSupportCircle.roleWords).filter((locale) => locale !== active)];
    return looksLikeRoleOrGroupInAny(name, locales, this.roleWords);
  }

  private _displayName(person: CirclePerson): string {
    return person.name.trim() || msg('Person without a name');
  }

  /**
   * One ring's layout: kept while that ring's people and name are the same objects, and laid
   * out again only when a label's width class changes (typing in a name updates its text only).
   */
  private _layoutOf(ring: RingId, people: readonly CirclePerson[]): RingLayout {
    const ringName = this._ringLabel(ring);
    const spacing = this._textSpacing.spacing;
    const cached = this._layouts.get(ring);
    if (cached && cached.ringName === ringName && cached.spacing === spacing && cached.people.length === people.length && cached.people.every((person, i) => person === people[i])) {
      return cached.keyed.layout;
    }
    const keyed = reuseOrLayoutRing(cached?.keyed, ring, people, ringName, spacing);
    this._layouts.set(ring, { keyed, people, ringName, spacing });
    return keyed.layout;
  }

  /**
   * A ring's marks by id and their keyboard order. When the layout only brought texts up to
   * date (typing), the marks are where they were: only the changed ones are looked at.
   */
  private _marksOf(layout: RingLayout, ringIndex: number): RingMarks {
    const cached = this._ringMarks.get(layout.ring);
    if (cached?.layout === layout) return cached;
    const marks = layout.marks;
    const old = cached?.layout.marks;
    let ring: RingMarks;
    if (cached && old && old.length === marks.length && marks.every((mark, i) => mark === old[i] || mark.id === old[i].id)) {
      ring = { layout, byId: cached.byId, order: cached.order };
      marks.forEach((mark, i) => {
        if (mark === old[i]) return;
        ring.byId.set(mark.id, mark);
        ring.order.set(mark.id, markOrder(mark, ringIndex));
      });
    } else {
      ring = { layout, byId: new Map(), order: new Map() };
      for (const mark of marks) {
        ring.byId.set(mark.id, mark);
        ring.order.set(mark.id, markOrder(mark, ringIndex));
      }
    }
    this._ringMarks.set(layout.ring, ring);
    return ring;
  }

  override render(): TemplateResult {
    const people = this.current.people;
    const byRing = new Map<RingId, CirclePerson[]>(ringIds.map((ring) => [ring, []]));
    for (const person of people) byRing.get(person.ring)!.push(person);
    const counts = Object.fromEntries(ringIds.map((ring) => [ring, byRing.get(ring)!.length])) as Record<RingId, number>;
    const layouts = ringIds.map((ring, index) => this._marksOf(this._layoutOf(ring, byRing.get(ring)!), index).layout);
    return html`
      <header part="header">
        <h2>${msg('Circle of support')}</h2>
        <p class="intro">
          ${msg('Who is part of your project? Think of each person and write their name, not a job title or a group. Put everyone on the ring where they fit best. People can move to another ring over time.')}
        </p>
      </header>
      ${this.printing.active ? renderPrintNameLine() : nothing} ${this.renderNotices()}
      <div class="layout">
        ${this._renderDrawing(layouts, people, counts)} ${this._renderLegend(counts)}
      </div>
      ${this.printing.active ? renderCirclePrint(people, (ring) => this._ringLabel(ring)) : nothing} ${this._renderGrid()}
      ${this.printing.active ? this._snapshots.renderPrint() : nothing} ${this._snapshots.render()}
      <div class="footer">${this.renderFileActions('support-circle.json')}</div>
    `;
  }

  private _summaryOf(people: readonly CirclePerson[], counts = countByRing(people)): string {
    if (people.length === 0) return msg('Nobody is in the circle yet.');
    return msg(str`In the circle: ${ringIds.map((ring) => this._ringCount(ring, counts[ring])).join(', ')}.`);
  }

  /** A read-only circle as text, ring by ring, each name with a note of what changed (if any). */
  private _renderPeopleByRing(people: readonly CirclePerson[], note: (person: CirclePerson) => string): TemplateResult {
    return html`<p class="snapshot-summary">${this._summaryOf(people)}</p>
      ${ringIds.map((ring) => {
        const onRing = people.filter((person) => person.ring === ring);
        return onRing.length
          ? html`<h6>${this._ringLabel(ring)} (${onRing.length})</h6>
              <ul>
                ${onRing.map((person) => {
                  const change = note(person);
                  return html`<li>${this._displayName(person)}${change ? html`${WORD_SPACE}<span class="change">(${change})</span>` : nothing}</li>`;
                })}
              </ul>`
          : nothing;
      })}`;
  }

  private _renderDrawing(layouts: RingLayout[], people: readonly CirclePerson[], counts: Record<RingId, number>): TemplateResult {
    const readonly = this.isReadonly;
    const highlighted = this._highlight ? people.find((person) => person.id === this._highlight) : undefined;
    return html`<figure class="drawing" part="drawing">
      <!-- Focus listeners on the box, not the svg: Chromium makes an SVG with focus listeners a
           tab stop of its own, an invisible first stop before the people. -->
      ${this._fit.renderNote(msg('The drawing is too small to read on this screen. Everyone is in the list below.'))}
      <span class="spacing-probe" aria-hidden="true">a a</span>
      <div class="circle-box ${this._fit.givesWay ? 'gave-way' : ''}" @focusin=${this._onFocusIn} @focusout=${this._onFocusOut}><svg
        class="circle"
        part="circle"
        viewBox="0 0 ${VIEW_SIZE} ${VIEW_SIZE}"
        role="group"
        aria-labelledby="circle-title"
        aria-describedby=${readonly ? 'circle-summary' : 'circle-summary circle-keys'}
        @keydown=${this._onKeydown}
        @pointerdown=${this._onPointerDown}
        @pointermove=${this._onPointerMove}
        @pointerup=${this._onPointerUp}
        @pointercancel=${this._onPointerCancel}
        @pointerover=${this._onPointerOver}
        @pointerout=${this._onPointerOut}
        @click=${this._onClick}
      >
        <title id="circle-title">${msg('Circle of support')}</title>
        <g aria-hidden="true">
          ${[...layouts].reverse().map(
            (layout) =>
              svg`<circle class="ring ${this._dropRing === layout.ring ? 'drop-target' : ''}" data-ring=${layout.ring} cx=${CENTRE} cy=${CENTRE} r=${layout.outer}></circle>`,
          )}
          ${layouts.map((layout) => svg`<text class="ring-name" x=${layout.nameBox.x} y=${layout.nameBox.y}>${this._ringLabel(layout.ring)}</text>`)}
        </g>
        ${this._renderMarks(people)} ${highlighted && !this._drag ? this._renderFullName(highlighted) : nothing}
      </svg></div>
      <figcaption class="summary" id="circle-summary">${this._summaryOf(people, counts)}</figcaption>
      <p class="now" aria-hidden="true">${highlighted ? `${this._displayName(highlighted)} · ${this._ringLabel(highlighted.ring)}` : ''}</p>
      ${readonly
        ? nothing
        : html`<div class="keys" id="circle-keys" ?hidden=${this._fit.givesWay}>
              <p>${msg('Keyboard: press Tab to go to the people in the circle.')}</p>
              <!-- The arrows are symbols: screen readers get the keys' names instead. -->
              <ul>
                <li><span aria-hidden="true"><kbd>←</kbd> <kbd>→</kbd></span><span class="visually-hidden">${msg('Left and right arrow:')}</span> ${msg('go to the next person.')}</li>
                <li><span aria-hidden="true"><kbd>↑</kbd></span><span class="visually-hidden">${msg('Up arrow:')}</span> ${msg('move the person one ring inwards.')}</li>
                <li><span aria-hidden="true"><kbd>↓</kbd></span><span class="visually-hidden">${msg('Down arrow:')}</span> ${msg('move the person one ring outwards.')}</li>
                <li><kbd>Enter</kbd> ${msg('opens the person in the list.')}</li>
              </ul>
              <p>${msg('With a mouse or finger: drag a name to another ring.')}</p>
            </div>
            <div class="drawing-actions">
              <button type="button" class="quiet" @click=${this._downloadSvg}>${msg('Save the drawing (SVG)')}</button>
              <button type="button" class="quiet" @click=${this._downloadPng}>${msg('Save the drawing (PNG)')}</button>
            </div>`}
    </figure>`;
  }

  /**
   * Everyone's mark, in one group, in the order of the list. Moving a person to another ring
   * keeps their mark element (only its place and name change), so keyboard focus stays on it.
   * A mark renders again only when its placement (memoised per ring), name or mode changed.
   */
  private _renderMarks(people: readonly CirclePerson[]): SVGTemplateResult {
    const readonly = this.isReadonly;
    const ringMarks = this._ringMarks;
    let ringNames: Map<RingId, string> | undefined;
    let unnamed: string | undefined;
    // A mark's order comes from its placement: the same mark object, the same order.
    const markOf = (person: CirclePerson) => ringMarks.get(person.ring)!.byId.get(person.id)!;
    return svg`<g class="marks" role=${readonly ? 'list' : 'group'} aria-label=${msg('People in the circle')}>${rows(
      people,
      (person) => person.id,
      (person) => {
        const mark = markOf(person);
        const place = ringMarks.get(person.ring)!.order.get(person.id)!;
        // Looked up once per render, not once per person.
        ringNames ??= new Map(ringIds.map((ring) => [ring, this._ringLabel(ring)]));
        unnamed ??= msg('Person without a name');
        return this._renderMark(mark, place, person.name.trim() || unnamed, ringNames.get(person.ring)!, readonly);
      },
      { shared: [readonly, getLocale()], inputOf: markOf },
    )}</g>`;
  }

  private _renderMark(mark: PlacedMark, order: number, name: string, ringName: string, readonly: boolean): SVGTemplateResult {
    // Speech-input users say what they see (WCAG 2.5.3): a shortened label leads the name.
    const shown = mark.kind === 'dot' || name.startsWith(mark.label) ? '' : `${mark.label}: `;
    const label = shown + msg(str`${name}, ${ringName}`);
    const role = readonly ? 'listitem' : 'button';
    const describedBy = readonly ? nothing : 'circle-keys';
    // A dot is one element (crowded circles have hundreds); a name is a group of a pill and its text.
    if (mark.kind === 'dot') {
      return svg`<circle
        class="mark mark-shape"
        part="mark"
        data-id=${mark.id}
        data-ring=${mark.ring}
        data-order=${order}
        data-kind="dot"
        cx=${mark.x}
        cy=${mark.y}
        r=${mark.width / 2 - 1}
        role=${role}
        aria-label=${label}
        aria-describedby=${describedBy}
      ></circle>`;
    }
    return svg`<g
      class="mark"
      part="mark"
      data-id=${mark.id}
      data-ring=${mark.ring}
      data-order=${order}
      data-kind=${mark.kind}
      transform="translate(${mark.x} ${mark.y})"
      role=${role}
      aria-label=${label}
      aria-describedby=${describedBy}
      ><rect class="mark-shape" x=${-mark.width / 2} y=${-mark.height / 2} width=${mark.width} height=${mark.height} rx=${mark.height / 2}></rect
      ><text class="mark-text">${mark.label}</text></g
    >`;
  }

  /** The whole name over a mark whose label is shortened, while it has focus or the pointer. */
  private _renderFullName(person: CirclePerson): SVGTemplateResult | typeof nothing {
    const mark = this._ringMarks.get(person.ring)?.byId.get(person.id);
    const name = this._displayName(person);
    if (!mark || (mark.kind === 'full' && mark.label === name)) return nothing;
    const width = Math.min(VIEW_SIZE - 8, estimateTextWidth(name, 21, this._textSpacing.spacing) + 28);
    const height = 38;
    const x = Math.min(VIEW_SIZE - width / 2 - 4, Math.max(width / 2 + 4, mark.x));
    const above = mark.y - mark.height / 2 - height / 2 - 6;
    const isAbove = above - height / 2 >= 0;
    const y = isAbove ? above : mark.y + mark.height / 2 + height / 2 + 6;
    // The pointer may move from the mark onto the name and rest there (WCAG 1.4.13, hoverable):
    // an unseen bridge covers the gap between them.
    const gapTop = isAbove ? y + height / 2 : mark.y + mark.height / 2;
    return svg`<g class="full-name" aria-hidden="true">
      <path class="bridge" d=${`M${mark.x - mark.width / 2},${gapTop - 1}h${mark.width}v8h${-mark.width}Z`}></path>
      <rect x=${x - width / 2} y=${y - height / 2} width=${width} height=${height} rx="6"></rect>
      <text x=${x} y=${y}>${name}</text>
    </g>`;
  }

  private _renderLegend(counts: Record<RingId, number>): TemplateResult {
    return html`<section class="legend" part="legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">${msg('The four rings, from the centre outwards')}</h3>
      <ol>
        ${ringIds.map(
          (ring) => html`<li>
            <span class="swatch" data-ring=${ring} aria-hidden="true"></span>
            <span><strong>${this._ringLabel(ring)}</strong> (${counts[ring]})</span>
            <p class="meaning">${this._ringMeaning(ring)}</p>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  /**
   * The list: one row per person, in the order they were added, so moving someone to another
   * ring changes only their ring field (no row jumps away from the keyboard focus). Read-only,
   * the rows are sorted by ring, inside out, like the worksheet.
   */
  private _renderGrid(): TemplateResult {
    const readonly = this.isReadonly;
    const people = readonly
      ? [...this.current.people].sort((a, b) => ringIds.indexOf(a.ring) - ringIds.indexOf(b.ring))
      : this.current.people;
    return html`<section class="grid" part="grid" aria-labelledby="grid-heading">
      <h3 id="grid-heading">${msg('Everyone in the circle')} (${people.length})</h3>
      ${people.length
        ? html`<div class="grid-header" aria-hidden="true">
              <span>${msg('Name')}</span><span>${msg('Ring')}</span><span>${msg('How are they involved?')}</span
              ><span>${msg('Contact and engagement plan')}</span>
            </div>
            <ul class="people">
              ${rows(
                people,
                (person) => person.id,
                (person) => this._renderPerson(person, this._cards.cardOf(person.name) !== undefined),
                // A row renders again only when its person changed, or the language, the mode, the field messages or the cards on the page.
                { shared: [getLocale(), readonly, this.roleWords, this._fieldMessages, this._cards.names] },
              )}
            </ul>`
        : html`<p class="nobody">${msg('Nobody in the list yet.')}</p>`}
      ${readonly
        ? nothing
        : html`<div class="add-people" role="group" aria-labelledby="add-label">
            <span id="add-label" class="add-label">${msg('Add a person to:')}</span>
            ${ringIds.map((ring) => {
              const label = this._ringLabel(ring);
              return html`<button type="button" class="add" data-ring=${ring} aria-label=${msg(str`Add a person to ${label}`)} @click=${() => this._addPerson(ring)}>
                <span class="swatch" data-ring=${ring} aria-hidden="true"></span>${label}
              </button>`;
            })}
          </div>`}
    </section>`;
  }

  private _renderPerson(person: CirclePerson, hasCard = false): TemplateResult {
    const name = this._displayName(person);
    const roleLike = this._looksLikeRoleOrGroup(person.name);
    const readonly = this.isReadonly;
    // Typing in one field leaves the row's other fields alone.
    const unchangedUnless = (value: string) => [value, getLocale(), readonly, this._fieldMessages];
    // The person's name, which changes with every letter typed, names the row and its buttons
    // in attributes, not in visually hidden text: an attribute needs no layout, and a layout of a
    // list of 500 people costs as much as the keystroke itself.
    return html`<li class="person" part="person" data-person=${person.id} data-ring=${person.ring} id="person-${fieldId(person.id)}">
      <fieldset aria-label=${name}>
        ${this.renderTextField({
          key: `${person.id}-name`,
          label: msg('Name'),
          value: person.name,
          limit: NAME_LIMIT,
          hint: roleLike ? msg('Tip: write the name of one person, not a job or a group. For example "Fatima" instead of "the GP".') : undefined,
          apply: (text) => this._update(person.id, { name: text }),
        })}
        ${guard(unchangedUnless(person.ring), () =>
          readonly
            ? html`<div class="field">
                <span class="field-label">${msg('Ring')}</span>
                <p class="read-text">${this._ringLabel(person.ring)}</p>
              </div>`
            : this._renderRingChoice(person),
        )}
        ${guard(unchangedUnless(person.involvement), () =>
          this.renderTextField({
            key: `${person.id}-involvement`,
            label: msg('How are they involved?'),
            value: person.involvement,
            multiline: true,
            apply: (text) => this._update(person.id, { involvement: text }),
          }),
        )}
        ${guard(unchangedUnless(person.contact), () =>
          this.renderTextField({
            key: `${person.id}-contact`,
            label: msg('Contact and engagement plan'),
            value: person.contact,
            multiline: true,
            apply: (text) => this._update(person.id, { contact: text }),
          }),
        )}
        ${readonly && !hasCard
          ? nothing
          : html`<div class="person-actions">
              ${hasCard
                ? html`<button type="button" class="quiet open-card" aria-label="${msg('Open the profile card')}: ${name}" @click=${() => this._openCard(person.name)}>
                    ${msg('Open the profile card')}
                  </button>`
                : nothing}
              ${readonly
                ? nothing
                : html`<button type="button" class="quiet remove" aria-label="${msg('Remove')} ${name}" @click=${() => this._removePerson(person.id)}>
                    ${msg('Remove')}
                  </button>`}
            </div>`}
      </fieldset>
    </li>`;
  }

  /** A person's ring as a choice of four, in one template (not one per choice: a list has hundreds of these). */
  private _renderRingChoice(person: CirclePerson): TemplateResult {
    const id = `ring-${fieldId(person.id)}`;
    const selected = person.ring;
    // Typed as exactly four: another ring would not compile until it has its choice here.
    const [first, second, third, fourth]: readonly [RingId, RingId, RingId, RingId] = ringIds;
    return html`<div class="field">
      <label for=${id}>${msg('Ring')}</label>
      <select id=${id} @change=${(event: Event) => this._onRingSelect(person.id, event)}>
        <option value=${first} ?selected=${selected === first}>${this._ringLabel(first)}</option
        ><option value=${second} ?selected=${selected === second}>${this._ringLabel(second)}</option
        ><option value=${third} ?selected=${selected === third}>${this._ringLabel(third)}</option
        ><option value=${fourth} ?selected=${selected === fourth}>${this._ringLabel(fourth)}</option>
      </select>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('_fieldErrors')) this._fieldMessages++;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const marksNow = this.isReadonly ? nobody : this.current.people;
    const marksChanged = !sameIds(marksNow, this._appliedMarks);
    this._appliedMarks = marksNow;
    if (marksChanged) {
      // Marks came or went: give every mark its tab index again, keeping the current tab stop.
      if (this.isReadonly) this.renderRoot.querySelectorAll('svg.circle .mark[tabindex]').forEach((mark) => mark.removeAttribute('tabindex'));
      else {
        const marks = this._marksInOrder();
        this._roving.moveTo(Math.max(0, marks.findIndex((mark) => mark.getAttribute('tabindex') === '0')), false);
      }
    }
    if (this._focusMark !== undefined) {
      const id = this._focusMark;
      this._focusMark = undefined;
      const mark = this.renderRoot.querySelector<HTMLElement>(`svg.circle .mark[data-id="${CSS.escape(id)}"]`);
      // A moved mark is the same element: it keeps focus and its tab stop.
      if (mark && (this.renderRoot as ShadowRoot).activeElement !== mark) this._roving.moveTo(this._marksInOrder().indexOf(mark), true);
    }
    if (this._focusField !== undefined) {
      const id = this._focusField;
      this._focusField = undefined;
      const field = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
      field?.focus();
    }
  }

  private _person(id: string): CirclePerson | undefined {
    return this.current.people.find((person) => person.id === id);
  }

  private _update(id: string, change: Partial<CirclePerson>): SupportCircleState {
    const people = this.current.people.slice();
    const index = people.findIndex((person) => person.id === id);
    if (index >= 0) people[index] = { ...people[index], ...change };
    return { ...this.current, people };
  }

  /** Puts a person on another ring: the one way the drawing, the keys and the list all move people. */
  private _move(id: string, ring: RingId): boolean {
    const person = this._person(id);
    const next = movePerson(this.current, id, ring);
    if (!person || next === this.current) return false;
    this.commit(next);
    this.announce(msg(str`${this._displayName(person)} is now in ${this._ringLabel(ring)}.`));
    return true;
  }

  private _addPerson(ring: RingId): void {
    const id = nextPersonId(this.current.people);
    this.commit({ ...this.current, people: [...this.current.people, emptyPerson(id, ring)] });
    this._focusField = fieldId(`${id}-name`);
  }

  private _removePerson(id: string): void {
    const person = this._person(id);
    if (!person) return;
    this.commitRemoval({ ...this.current, people: this.current.people.filter((candidate) => candidate.id !== id) }, this._displayName(person));
  }

  private _onRingSelect(id: string, event: Event): void {
    const ring = (event.target as HTMLSelectElement).value as RingId;
    if (!ringIds.includes(ring)) return;
    if (this._move(id, ring)) this._focusField = `ring-${fieldId(id)}`;
  }

  private _markOf(event: Event): SVGElement | undefined {
    return event.composedPath().find((node) => isMark(node)) as SVGElement | undefined;
  }

  private _onKeydown = (event: KeyboardEvent) => {
    const mark = this._markOf(event);
    if (!mark) return;
    const id = mark.dataset.id!;
    if (event.key === 'Escape' && this._highlight) {
      // The whole name over the mark covers its neighbours: Escape puts it away (WCAG 1.4.13).
      event.preventDefault();
      this._highlight = undefined;
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._openInList(id);
      return;
    }
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      if (this.isReadonly) return;
      const person = this._person(id);
      if (!person) return;
      const ring = ringBeside(person.ring, event.key === 'ArrowUp' ? -1 : 1);
      if (!ring) {
        this.announce(
          event.key === 'ArrowUp'
            ? msg(str`${this._displayName(person)} is already in the centre ring.`)
            : msg(str`${this._displayName(person)} is already in the outer ring.`),
        );
        return;
      }
      this._focusMark = id;
      this._move(id, ring);
      return;
    }
    this._roving.handleKeydown(event);
  };

  /** Moves to the person's profile card on the page: scrolled into view, focus on its title. */
  private _openCard(name: string): void {
    const card = this._cards.cardOf(name);
    if (!card) return;
    card.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    card.focus({ preventScroll: true });
  }

  private _openInList(id: string): void {
    const row = this.renderRoot.querySelector<HTMLElement>(`#person-${fieldId(id)}`);
    row?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    const field = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`${id}-name`)}`);
    field?.focus({ preventScroll: true });
  }

  private _onClick = (event: MouseEvent) => {
    // A click (no drag) on a mark in read-only mode still shows the whole name.
    const mark = this._markOf(event);
    if (mark) this._highlight = mark.dataset.id;
  };

  private _onFocusIn = (event: FocusEvent) => {
    const mark = this._markOf(event);
    if (!mark) return;
    this._highlight = mark.dataset.id;
    this._roving.moveTo(this._marksInOrder().indexOf(mark as Element as HTMLElement), false);
  };

  private _onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Element | null;
    if (!isMark(next)) {
      if (!this._drag) this._highlight = undefined;
    }
  };

  private _onPointerOver = (event: PointerEvent) => {
    const mark = this._markOf(event);
    if (mark && !this._drag) this._highlight = mark.dataset.id;
  };

  private _onPointerOut = (event: PointerEvent) => {
    const mark = this._markOf(event);
    if (this._drag || !(mark || isFullName(event.target))) return;
    // From a mark onto its whole name, or within the mark: the name stays.
    const to = event.relatedTarget;
    if (isFullName(to) || (mark && to instanceof Node && mark.contains(to))) return;
    const focused = (this.renderRoot as ShadowRoot).activeElement as Element | null;
    this._highlight = isMark(focused) ? focused.dataset.id : undefined;
  };

  /** Escape puts the whole name away wherever the keyboard is, also when the pointer showed it (WCAG 1.4.13, dismissible). */
  private _onPageKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this._highlight && !event.defaultPrevented) this._highlight = undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this._onPageKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this._onPageKeydown);
  }

  /** A point of the pointer in the drawing's own units. */
  private _pointOf(event: PointerEvent): { x: number; y: number } | undefined {
    const matrix = this._svg?.getScreenCTM();
    if (!matrix) return undefined;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  private _onPointerDown = (event: PointerEvent) => {
    if (this.isReadonly || event.button !== 0) return;
    const mark = this._markOf(event);
    const point = this._pointOf(event);
    if (!mark || !point) return;
    this._drag = { id: mark.dataset.id!, pointerId: event.pointerId, mark, startX: point.x, startY: point.y, moved: false };
    try {
      mark.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic events have no active pointer to capture; the svg still gets the moves.
    }
  };

  private _onPointerMove = (event: PointerEvent) => {
    const drag = this._drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const point = this._pointOf(event);
    if (!point) return;
    const dx = point.x - drag.startX;
    const dy = point.y - drag.startY;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!drag.moved) {
      drag.moved = true;
      drag.mark.classList.add('dragging');
      this._highlight = drag.id;
    }
    // The mark follows the pointer without a render; the ring under it lights up.
    drag.mark.style.translate = `${dx}px ${dy}px`;
    const ring = ringAtPoint(point.x, point.y);
    if (ring !== this._dropRing) this._dropRing = ring;
  };

  private _onPointerUp = (event: PointerEvent) => {
    const drag = this._drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const point = this._pointOf(event);
    this._endDrag();
    if (!drag.moved || !point) return;
    const ring = ringAtPoint(point.x, point.y);
    if (ring) {
      this._focusMark = drag.id;
      this._move(drag.id, ring);
    }
  };

  private _onPointerCancel = () => {
    this._endDrag();
  };

  private _endDrag(): void {
    const drag = this._drag;
    if (!drag) return;
    this._drag = undefined;
    drag.mark.classList.remove('dragging');
    drag.mark.style.translate = '';
    if (drag.mark.hasPointerCapture?.(drag.pointerId)) drag.mark.releasePointerCapture(drag.pointerId);
    this._dropRing = undefined;
  }

  private _downloadSvg = () => {
    if (this._svg) downloadSvg(this._svg, localFileName('support-circle.svg'));
  };

  private _downloadPng = () => {
    if (this._svg) void downloadPng(this._svg, localFileName('support-circle.png'));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-support-circle': CoprodSupportCircle;
  }
}
