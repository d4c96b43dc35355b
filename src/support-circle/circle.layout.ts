import { NO_SPACING, sameSpacing, spacingWidth, type TextSpacing } from '../core/text-spacing.js';
import { ringIds, type RingId } from './circle.types.js';

/**
 * Pure placement of people on the circle: no DOM, no locale, no randomness. Same input →
 * same output. Each ring is laid out on its own (marks stay inside their ring's band), so
 * a change on one ring never moves anyone on another, and the view can memoise per ring.
 *
 * Coordinates are SVG user units in a square of `VIEW_SIZE`; angles are radians, 0 to the
 * right, growing clockwise (SVG's y points down), so π/2 is straight down.
 */

export const VIEW_SIZE = 1000;
export const CENTRE = VIEW_SIZE / 2;

/** Outer radius of each ring; a ring's inner radius is the outer radius of the ring inside it. */
export const ringOuterRadius: Readonly<Record<RingId, number>> = {
  'co-producers': 160,
  participants: 270,
  involved: 383,
  consulted: 495,
};

/** Font size of names on the marks, and of ring names, in user units. */
export const LABEL_FONT_SIZE = 19;
export const RING_NAME_FONT_SIZE = 19;
export const MARK_HEIGHT = 32;
/** Initials are for crowded rings: a smaller mark, so more fit. */
export const INITIALS_FONT_SIZE = 16;
export const INITIALS_HEIGHT = 26;
export const DOT_SIZE = 20;
const PAD_X = 11;
const INITIALS_PAD_X = 7;
/** Space kept free between two marks. */
const GAP = 4;
const MAX_TRACKS = 4;
const FULL_NAME_CHARS = 24;
/** The ring names sit at the bottom of their ring, in a place no mark takes. */
const RING_NAME_ANGLE = Math.PI / 2;
const RING_NAME_HEIGHT = 28;
const MIN_RING_NAME_WIDTH = 200;

/** How much of a name a mark shows, richest first. `dot` shows no text (the name is on focus and hover). */
export const labelKinds = ['full', 'first', 'initials', 'dot'] as const;
export type LabelKind = (typeof labelKinds)[number];

export interface LayoutPerson {
  id: string;
  name: string;
}

export interface Box {
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedMark extends Box {
  id: string;
  ring: RingId;
  /** Angle of the mark's centre around the middle of the circle. */
  angle: number;
  /** Distance of the mark's centre from the middle of the circle. */
  radius: number;
  /** The text on the mark: the whole name, a shorter form, or `''` for a dot. */
  label: string;
  kind: LabelKind;
}

export interface RingLayout {
  ring: RingId;
  inner: number;
  outer: number;
  /** Where the ring's name is written. */
  nameBox: Box;
  /** One per person, in the order they go round the ring (clockwise from the ring's name). */
  marks: PlacedMark[];
  /** The shortest label kind allowed on this ring: `full` unless it is crowded. */
  crowding: LabelKind;
}

/** Inner and outer radius of a ring. */
export function ringBand(ring: RingId): { inner: number; outer: number } {
  const index = ringIds.indexOf(ring);
  return { inner: index === 0 ? 0 : ringOuterRadius[ringIds[index - 1]], outer: ringOuterRadius[ring] };
}

/** How far out a ring's marks and name sit: the middle of its band (for the centre disc, a bit past half). */
export function ringMiddle(ring: RingId): number {
  const { inner, outer } = ringBand(ring);
  return inner === 0 ? outer * 0.55 : (inner + outer) / 2;
}

/**
 * The ring a point at `distance` from the middle falls on: used to find where a dragged
 * mark is dropped. A little beyond the outer ring still counts as the outer ring; further
 * away is no ring (`undefined`).
 */
export function ringAtDistance(distance: number): RingId | undefined {
  if (!Number.isFinite(distance) || distance < 0) return undefined;
  for (const ring of ringIds) if (distance <= ringOuterRadius[ring]) return ring;
  return distance <= ringOuterRadius.consulted + 40 ? 'consulted' : undefined;
}

/** The ring at a point in the drawing's coordinates. */
export function ringAtPoint(x: number, y: number): RingId | undefined {
  return ringAtDistance(Math.hypot(x - CENTRE, y - CENTRE));
}

/** Width in em of each ASCII character; any other character is 0.6 em wide, except ’. */
const asciiEm = (() => {
  const widths = new Array<number>(128).fill(0.6);
  for (let code = 65; code <= 90; code++) widths[code] = 0.7;
  for (const char of 'mwMW@') widths[char.charCodeAt(0)] = 0.9;
  widths['r'.charCodeAt(0)] = 0.42;
  for (const char of " .,:;'!|ilIjtf()-") widths[char.charCodeAt(0)] = 0.33;
  return widths;
})();
const RIGHT_QUOTE = 0x2019;

/** A fair guess of a text's width without measuring it (the layout has no DOM); errs on the wide side. */
export function estimateTextWidth(text: string, fontSize: number, spacing: TextSpacing = NO_SPACING): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) em += asciiEm[code];
    else if (code === RIGHT_QUOTE) em += 0.33;
    else {
      // A character outside the BMP is two code units but one character.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      em += 0.6;
    }
  }
  return em * fontSize + spacingWidth(text, spacing);
}

/**
 * A stable number in [0, 1) for an id: the same id always gets the same place. FNV-1a, then
 * a final mix, so ids that differ in one character ("p5", "p6") land far apart.
 */
export function idFraction(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

/** Small words before a name or a surname (Dutch, English, a few more), never a label of their own. */
const particles = new Set(['de', 'het', 'een', "'t", 'van', 'der', 'den', 'ter', 'te', 'the', 'a', 'an', 'von', 'zu', 'le', 'la', 'du', 'da', 'di', 'del', 'dos']);

function wordsOf(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

/** Where the first name is among a name's words: the first word that is not a particle ("de huisarts" → "huisarts"). */
function firstWordIndex(words: readonly string[]): number {
  return Math.max(0, words.findIndex((word) => !particles.has(word.toLocaleLowerCase())));
}

/** The first name as counted on a ring (lowercase), or `undefined` for an empty name. */
function firstNameKey(words: readonly string[]): string | undefined {
  return words.length ? words[firstWordIndex(words)].toLocaleLowerCase() : undefined;
}

function firstLetter(word: string): string {
  return [...word][0]?.toLocaleUpperCase() ?? '';
}

/**
 * The labels a person's mark can show, one per kind. The first name alone is used when it
 * is unique on the ring; otherwise "Anna V." (first name and first letter of the last word).
 */
export function labelsFor(name: string, firstNamesOnRing: ReadonlyMap<string, number>): Record<LabelKind, string> {
  const words = wordsOf(name);
  const first = firstNameKey(words);
  return labelsOfWords(words, first !== undefined && (firstNamesOnRing.get(first) ?? 0) > 1);
}

/** The labels of a name (its words), `shared` when another name on the ring has the same first name. */
function labelsOfWords(words: readonly string[], shared: boolean): Record<LabelKind, string> {
  if (words.length === 0) return { full: '?', first: '?', initials: '?', dot: '' };
  const whole = words.join(' ');
  const full = [...whole].length > FULL_NAME_CHARS ? `${[...whole].slice(0, FULL_NAME_CHARS - 1).join('')}…` : whole;
  // "de huisarts" → "huisarts", "van Dam" → "Dam": a short label skips leading particles.
  const index = firstWordIndex(words);
  const first = words[index];
  const last = words[words.length - 1];
  const hasSurname = index < words.length - 1;
  const shortFirst = [...first].length > 12 ? `${[...first].slice(0, 11).join('')}…` : first;
  const firstLabel = shared && hasSurname ? `${shortFirst} ${firstLetter(last)}.` : shortFirst;
  const initials = hasSurname ? `${firstLetter(first)}${firstLetter(last)}` : [...first].slice(0, 2).join('');
  return { full, first: firstLabel, initials, dot: '' };
}

/**
 * Marks are placed with their width rounded up to this step (a "width class"), so typing in
 * a name moves nothing until a label crosses a step; the mark is drawn at its own width.
 */
export const WIDTH_STEP = 4;

/** A label's box as drawn. */
function sizeOf(label: string, kind: LabelKind, spacing: TextSpacing): { width: number; height: number } {
  if (kind === 'dot') return { width: DOT_SIZE, height: DOT_SIZE };
  if (kind === 'initials') return { width: Math.ceil(estimateTextWidth(label, INITIALS_FONT_SIZE, spacing)) + INITIALS_PAD_X * 2, height: INITIALS_HEIGHT };
  return { width: Math.ceil(estimateTextWidth(label, LABEL_FONT_SIZE, spacing)) + PAD_X * 2, height: MARK_HEIGHT };
}

/** The room a label takes when placing: its box with the width rounded up to the width class. */
function classSizeOf(label: string, kind: LabelKind, spacing: TextSpacing): { width: number; height: number } {
  const size = sizeOf(label, kind, spacing);
  return kind === 'dot' ? size : { width: Math.ceil(size.width / WIDTH_STEP) * WIDTH_STEP, height: size.height };
}

/** Whether two boxes overlap, keeping `GAP` free between them. */
export function boxesOverlap(a: Box, b: Box, gap = GAP): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;
}

/** Whether a box (centre relative to the middle of the circle) lies wholly inside a band. */
function fitsBand(x: number, y: number, width: number, height: number, inner: number, outer: number): boolean {
  const halfWidth = width / 2;
  const halfHeight = height / 2;
  if (Math.hypot(Math.abs(x) + halfWidth, Math.abs(y) + halfHeight) > outer - 2) return false;
  if (inner === 0) return true;
  return Math.hypot(Math.max(0, Math.abs(x) - halfWidth), Math.max(0, Math.abs(y) - halfHeight)) >= inner + 2;
}

/**
 * The radii marks of a ring sit on, when it uses `count` tracks. With more than one track,
 * the outer tracks keep room at the ring's sides (where a mark lies across the band) for
 * initials (`text`) or for dots.
 */
function trackRadii(ring: RingId, count: number, text: boolean): number[] {
  if (count === 1) return [ringMiddle(ring)];
  const { low, high } = trackRange(ring, text);
  return Array.from({ length: count }, (_, index) => low + ((high - low) * index) / (count - 1));
}

function trackRange(ring: RingId, text: boolean): { low: number; high: number } {
  const { inner, outer } = ringBand(ring);
  // Room for the corners of a box of initials (about 40 × 26) at any angle, or of a dot.
  const margin = text ? 27 : DOT_SIZE * 0.71 + 3;
  return { low: inner === 0 ? (text ? 45 : 30) : inner + margin, high: outer - margin };
}

function maxTracks(ring: RingId, text: boolean): number {
  const { low, high } = trackRange(ring, text);
  const size = (text ? MARK_HEIGHT : DOT_SIZE) + GAP;
  return Math.max(1, Math.min(MAX_TRACKS, Math.floor((high - low) / size) + 1));
}

/** Where a ring writes its name (relative to the middle): at the bottom, inside its own band. */
function ringNameBox(ring: RingId, name: string, spacing: TextSpacing): Box {
  const { outer } = ringBand(ring);
  const width = Math.max(MIN_RING_NAME_WIDTH, estimateTextWidth(name, RING_NAME_FONT_SIZE, spacing) + 16);
  const height = RING_NAME_HEIGHT;
  const fit = Math.sqrt(Math.max(0, (outer - 4) ** 2 - (width / 2) ** 2)) - height / 2;
  const offset = Math.min(ringMiddle(ring), fit);
  return { x: 0, y: offset, width, height };
}

interface Candidate {
  id: string;
  desired: number;
  labels: Record<LabelKind, string>;
  /** The room each label takes, worked out when first tried. */
  room: Partial<Record<LabelKind, { width: number; height: number }>>;
  spacing: TextSpacing;
}

interface Slot {
  track: number;
  radius: number;
  kind: LabelKind;
  width: number;
  height: number;
}

function boxAt(angle: number, slot: Slot): Box {
  return { x: slot.radius * Math.cos(angle), y: slot.radius * Math.sin(angle), width: slot.width, height: slot.height };
}

/**
 * Which labels a crowding level allows, richest first. Where the band is narrow (a ring's
 * sides) a label may be one step shorter than the level, but a crowded ring never mixes
 * whole names with dots.
 */
const allowedKinds: Record<LabelKind, readonly LabelKind[]> = {
  full: ['full', 'first', 'initials'],
  first: ['first', 'initials'],
  initials: ['initials', 'dot'],
  dot: ['dot'],
};

/** The richest allowed label whose box fits the band at this angle and radius, or `undefined`. */
function slotFor(candidate: Candidate, angle: number, track: number, radius: number, kinds: readonly LabelKind[], inner: number, outer: number): Slot | undefined {
  for (const shown of kinds) {
    const size = (candidate.room[shown] ??= classSizeOf(candidate.labels[shown], shown, candidate.spacing));
    if (fitsBand(radius * Math.cos(angle), radius * Math.sin(angle), size.width, size.height, inner, outer)) {
      return { track, radius, kind: shown, ...size };
    }
  }
  return undefined;
}

/**
 * Moves an angle from `start` in `direction` until the box no longer overlaps any of `others`,
 * or returns `NaN` past `limit`. Steps of about 4 units, then halves back towards the first free spot.
 */
function clearAngle(start: number, direction: 1 | -1, limit: number, slot: Slot, others: readonly Box[]): number {
  const free = (angle: number) => {
    const box = boxAt(angle, slot);
    return others.every((other) => !boxesOverlap(box, other));
  };
  if (free(start)) return start;
  // Every overlap spans at least the smaller mark (20 units), so 4-unit steps cannot miss a free gap that matters.
  const step = 4 / slot.radius;
  let blocked = start;
  let angle = start;
  do {
    blocked = angle;
    angle += step * direction;
    if ((angle - limit) * direction > 0) return Number.NaN;
  } while (!free(angle));
  for (let i = 0; i < 5; i++) {
    const middle = (blocked + angle) / 2;
    if (free(middle)) angle = middle;
    else blocked = middle;
  }
  return angle;
}

/** Marks per track to check against: further back on a track, marks are too far away to touch. */
const LOOK_BACK = 3;

/**
 * The boxes a mark could touch, among those placed before it (`order[0..step)`): the last few
 * on each track, the ring's name, and, near the far end, the first few (the circle closes).
 */
function nearby(order: readonly number[], step: number, angles: readonly number[], slots: readonly Slot[], nameBox: Box, nearFarEnd: boolean, tracks: number): Box[] {
  const boxes: Box[] = [nameBox];
  const seen = new Array<number>(MAX_TRACKS).fill(0);
  let full = 0;
  for (let k = step - 1; k >= 0 && full < tracks; k--) {
    const j = order[k];
    const track = slots[j].track;
    if (seen[track] >= LOOK_BACK) continue;
    if (++seen[track] === LOOK_BACK) full++;
    boxes.push(boxAt(angles[j], slots[j]));
  }
  if (nearFarEnd) {
    const first = new Array<number>(MAX_TRACKS).fill(0);
    for (let k = 0; k < step; k++) {
      const j = order[k];
      if (first[slots[j].track]++ < LOOK_BACK) boxes.push(boxAt(angles[j], slots[j]));
    }
  }
  return boxes;
}

type Placement = { angles: number[]; slots: Slot[] };

/**
 * Pushes marks one way until none overlaps the few before it (or the ring's name), each
 * starting from `wanted`. Clockwise (`1`) or anticlockwise (`-1`); past `limit` fails (`undefined`).
 */
function sweep(wanted: readonly number[], slots: readonly Slot[], nameBox: Box, direction: 1 | -1, limit: number): number[] | undefined {
  const count = wanted.length;
  const tracks = slots.reduce((most, slot) => Math.max(most, slot.track + 1), 1);
  const angles: number[] = new Array(count);
  const order = direction === 1 ? wanted.map((_, i) => i) : wanted.map((_, i) => count - 1 - i);
  for (let step = 0; step < count; step++) {
    const i = order[step];
    const previous = step > 0 ? angles[order[step - 1]] : wanted[i];
    const from = direction === 1 ? Math.max(wanted[i], previous) : Math.min(wanted[i], previous);
    const others = nearby(order, step, angles, slots, nameBox, step > 0 && Math.abs(from - angles[order[0]]) > Math.PI, tracks);
    const angle = clearAngle(from, direction, limit, slots[i], others);
    if (Number.isNaN(angle)) return undefined;
    angles[i] = angle;
  }
  return angles;
}

/**
 * Places marks as near their wanted angles as the others allow, inside [start, end]: push
 * clockwise freely, then pull back from the end (so a crowd near the end makes room
 * towards the start instead of failing).
 */
function settle(wanted: readonly number[], slots: readonly Slot[], nameBox: Box, start: number, end: number, direction: 1 | -1): number[] | undefined {
  const turn = Math.PI * 2;
  if (direction === 1) {
    const pushed = sweep(wanted, slots, nameBox, 1, end + turn);
    return pushed && sweep(pushed.map((angle) => Math.min(angle, end)), slots, nameBox, -1, start);
  }
  const pushed = sweep(wanted, slots, nameBox, -1, start - turn);
  return pushed && sweep(pushed.map((angle) => Math.max(angle, start)), slots, nameBox, 1, end);
}

/**
 * One attempt: labels of crowding level `kind`, on `trackCount` tracks. Returns angles and
 * slots, or `undefined` when the marks do not fit without overlapping.
 */
function attempt(ring: RingId, candidates: readonly Candidate[], nameBox: Box, kind: LabelKind, trackCount: number): Placement | undefined {
  const { inner, outer } = ringBand(ring);
  const radii = trackRadii(ring, trackCount, kind !== 'dot');
  const kinds = allowedKinds[kind];
  const start = RING_NAME_ANGLE;
  const end = RING_NAME_ANGLE + Math.PI * 2;
  const count = candidates.length;
  const desired = candidates.map((candidate) => candidate.desired);

  const identity = candidates.map((_, i) => i);
  // 1. Choose each mark's track and label going clockwise: the richest label, then the track that keeps it nearest its place.
  const slots: Slot[] = new Array(count);
  const angles: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i];
    const from = Math.max(candidate.desired, i > 0 ? angles[i - 1] : start);
    const others = nearby(identity, i, angles, slots, nameBox, i > 0 && from - angles[0] > Math.PI, trackCount);
    const preferred = Math.floor(idFraction(`${candidate.id}/track`) * trackCount);
    let best: { angle: number; slot: Slot } | undefined;
    for (let t = 0; t < trackCount; t++) {
      const track = (preferred + t) % trackCount;
      const slot = slotFor(candidate, from, track, radii[track], kinds, inner, outer);
      if (!slot) continue;
      const angle = clearAngle(from, 1, end + Math.PI * 2, slot, others);
      if (Number.isNaN(angle)) continue;
      const richer = best ? labelKinds.indexOf(slot.kind) - labelKinds.indexOf(best.slot.kind) : -1;
      if (!best || richer < 0 || (richer === 0 && angle < best.angle - 1e-9)) best = { angle, slot };
    }
    if (!best) return undefined;
    angles[i] = best.angle;
    slots[i] = best.slot;
  }

  // 2. Settle both ways and meet in the middle, so a crowd spreads evenly around its places.
  const clockwise = settle(desired, slots, nameBox, start, end, 1);
  if (!clockwise) return undefined;
  const anticlockwise = settle(desired, slots, nameBox, start, end, -1);
  let final = clockwise;
  if (anticlockwise) {
    const middle = settle(clockwise.map((angle, i) => (angle + anticlockwise[i]) / 2), slots, nameBox, start, end, 1);
    if (middle) final = middle;
  }

  // 3. Labels shrink where the band is too narrow for them at their final place (never grow: no new overlap).
  const fitted: Slot[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const slot = slots[i];
    const shrunk = slotFor(candidates[i], final[i], slot.track, slot.radius, kinds.slice(kinds.indexOf(slot.kind)), inner, outer);
    if (!shrunk) return undefined;
    fitted[i] = shrunk;
  }
  const boxes = final.map((angle, i) => boxAt(angle, fitted[i]));
  return anyOverlap([nameBox, ...boxes], GAP / 2) ? undefined : { angles: final, slots: fitted };
}

/** Whether any two boxes overlap (sweep over x, so large rings stay fast). */
export function anyOverlap(boxes: readonly Box[], gap = 0): boolean {
  const sorted = [...boxes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
  for (let i = 0; i < sorted.length; i++) {
    const right = sorted[i].x + sorted[i].width / 2 + gap;
    for (let j = i + 1; j < sorted.length && sorted[j].x - sorted[j].width / 2 < right; j++) {
      if (boxesOverlap(sorted[i], sorted[j], gap)) return true;
    }
  }
  return false;
}

/** How many people on a ring have each first name. */
function countFirstNames(firsts: readonly (string | undefined)[]): Map<string, number> {
  const firstNames = new Map<string, number>();
  for (const first of firsts) if (first) firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  return firstNames;
}

/** The angle a ring's marks may use (all but the room of its name). */
function spanOf(ring: RingId, nameBox: Box): { reserve: number; span: number } {
  const reserve = Math.min(Math.PI / 2, (nameBox.width / 2 + GAP) / ringMiddle(ring));
  return { reserve, span: Math.PI * 2 - reserve * 2 };
}

/** Track counts worth trying for a crowding level: every mark takes at least its height along its track. */
function trackCountsFor(ring: RingId, kind: LabelKind, people: number, span: number): number[] {
  const text = kind !== 'dot';
  // Whole names stay on one track; shorter labels may use more tracks before getting shorter still.
  const tracks = kind === 'full' ? 1 : maxTracks(ring, text);
  const needed = people * ((text ? INITIALS_HEIGHT : DOT_SIZE) + GAP);
  const counts: number[] = [];
  for (let count = 1; count <= tracks; count++) {
    const room = trackRadii(ring, count, text).reduce((sum, radius) => sum + radius * span, 0);
    if (needed <= room) counts.push(count);
  }
  return counts;
}

/**
 * Places one ring's people. Each person's place comes from a hash of their id (so adding
 * someone leaves the others where they were, apart from close neighbours who make room),
 * spread so no two marks overlap. When a ring gets crowded, labels get shorter (first
 * name, then initials, then a dot) and marks use up to three tracks.
 * @param ringName - the ring's name as written at the bottom of the ring (its width is kept free)
 */
export function layoutRing(ring: RingId, people: readonly LayoutPerson[], ringName = '', spacing = NO_SPACING): RingLayout {
  return placeRing(ring, people, ringName, ringInputs(ring, people, ringName, spacing).labels, spacing);
}

function placeRing(ring: RingId, people: readonly LayoutPerson[], ringName: string, labels: readonly Record<LabelKind, string>[], spacing: TextSpacing): RingLayout {
  const { inner, outer } = ringBand(ring);
  const nameBox = ringNameBox(ring, ringName, spacing);
  const { reserve, span } = spanOf(ring, nameBox);
  const candidates: Candidate[] = people
    .map((person, i) => ({
      id: person.id,
      desired: RING_NAME_ANGLE + reserve + idFraction(person.id) * span,
      labels: labels[i],
      room: {},
      spacing,
    }))
    .sort((a, b) => a.desired - b.desired || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  let placed: Placement | undefined;
  let crowding: LabelKind = 'dot';
  for (const kind of labelKinds) {
    for (const count of trackCountsFor(ring, kind, candidates.length, span)) {
      placed = attempt(ring, candidates, nameBox, kind, count);
      if (placed) break;
    }
    if (placed) {
      crowding = kind;
      break;
    }
  }
  if (!placed) {
    // More people than the ring can hold apart: dots, evenly spread over every track.
    const tracks = maxTracks(ring, false);
    const radii = trackRadii(ring, tracks, false);
    placed = {
      angles: candidates.map((_, i) => RING_NAME_ANGLE + reserve + ((i + 0.5) / candidates.length) * span),
      slots: candidates.map((_, i) => ({ track: i % tracks, radius: radii[i % tracks], kind: 'dot' as const, width: DOT_SIZE, height: DOT_SIZE })),
    };
  }
  const { angles, slots } = placed;
  return {
    ring,
    inner,
    outer,
    nameBox: { ...nameBox, x: nameBox.x + CENTRE, y: nameBox.y + CENTRE },
    crowding,
    marks: candidates.map((candidate, i) => {
      const angle = normaliseAngle(angles[i]);
      const slot = slots[i];
      return {
        id: candidate.id,
        ring,
        angle,
        radius: slot.radius,
        x: round(CENTRE + slot.radius * Math.cos(angles[i])),
        y: round(CENTRE + slot.radius * Math.sin(angles[i])),
        ...sizeOf(candidate.labels[slot.kind], slot.kind, spacing),
        label: candidate.labels[slot.kind],
        kind: slot.kind,
      };
    }),
  };
}

/** A ring's layout with what it was computed from (see `reuseOrLayoutRing`). */
export interface KeyedRingLayout {
  /** Equal for two layouts exactly when their placement inputs are equal. */
  readonly key: string;
  readonly layout: RingLayout;
}

/** What a ring's placement is computed from, person by person, kept to compare the next edit with. */
interface RingInputs {
  ring: RingId;
  ringName: string;
  spacing: TextSpacing;
  ids: string[];
  names: string[];
  words: string[][];
  /** Each person's first name as counted (see `firstNameKey`). */
  firsts: (string | undefined)[];
  firstNames: Map<string, number>;
  labels: Record<LabelKind, string>[];
  /** The room of the labels placement tries, per person: worked out when first compared. */
  rooms: (number[] | undefined)[];
  tried?: LabelKind[];
}

function ringInputs(ring: RingId, people: readonly LayoutPerson[], ringName: string, spacing: TextSpacing): RingInputs {
  const names = people.map((person) => person.name);
  const words = names.map(wordsOf);
  const firsts = words.map(firstNameKey);
  const firstNames = countFirstNames(firsts);
  const labels = words.map((own, i) => labelsOfWords(own, (firstNames.get(firsts[i]!) ?? 0) > 1));
  return { ring, ringName, spacing, ids: people.map((person) => person.id), names, words, firsts, firstNames, labels, rooms: new Array(people.length) };
}

/**
 * The inputs after some names changed (same people, same order, same ring name), and who got
 * new labels: the people whose name changed, and those whose first name stopped or started
 * being shared with someone else on the ring ("Anna" ↔ "Anna V.").
 */
function renamedInputs(before: RingInputs, people: readonly LayoutPerson[]): { inputs: RingInputs; relabelled: number[] } {
  const renamed: number[] = [];
  for (let i = 0; i < people.length; i++) if (people[i].name !== before.names[i]) renamed.push(i);
  if (!renamed.length) return { inputs: before, relabelled: [] };
  const inputs: RingInputs = {
    ...before,
    names: before.names.slice(),
    words: before.words.slice(),
    firsts: before.firsts.slice(),
    labels: before.labels.slice(),
    rooms: before.rooms.slice(),
    tried: before.tried,
  };
  const recount = new Set<string>();
  for (const i of renamed) {
    const words = wordsOf(people[i].name);
    const first = firstNameKey(words);
    const was = inputs.firsts[i];
    if (first !== was) {
      if (inputs.firstNames === before.firstNames) inputs.firstNames = new Map(before.firstNames);
      if (was) {
        inputs.firstNames.set(was, inputs.firstNames.get(was)! - 1);
        recount.add(was);
      }
      if (first) {
        inputs.firstNames.set(first, (inputs.firstNames.get(first) ?? 0) + 1);
        recount.add(first);
      }
    }
    inputs.names[i] = people[i].name;
    inputs.words[i] = words;
    inputs.firsts[i] = first;
  }
  const shared = (names: ReadonlyMap<string, number>, first: string | undefined) => first !== undefined && (names.get(first) ?? 0) > 1;
  const flipped = [...recount].filter((first) => shared(before.firstNames, first) !== shared(inputs.firstNames, first));
  const relabelled = new Set(renamed);
  if (flipped.length) inputs.firsts.forEach((first, i) => first !== undefined && flipped.includes(first) && relabelled.add(i));
  for (const i of relabelled) {
    inputs.labels[i] = labelsOfWords(inputs.words[i], shared(inputs.firstNames, inputs.firsts[i]));
    inputs.rooms[i] = undefined;
  }
  return { inputs, relabelled: [...relabelled] };
}

/**
 * The label kinds a ring has room to try (a crowded ring never tries whole names, so typing
 * in one changes nothing there). Dots take the same room whatever the name.
 */
function triedKinds(inputs: RingInputs): LabelKind[] {
  if (inputs.tried) return inputs.tried;
  const { span } = spanOf(inputs.ring, ringNameBox(inputs.ring, inputs.ringName, inputs.spacing));
  const kinds = new Set<LabelKind>();
  for (const level of labelKinds) {
    if (trackCountsFor(inputs.ring, level, inputs.ids.length, span).length) for (const kind of allowedKinds[level]) kinds.add(kind);
  }
  kinds.delete('dot');
  return (inputs.tried = labelKinds.filter((kind) => kinds.has(kind)));
}

/** The width classes of one person's labels that placement tries. */
function roomOf(inputs: RingInputs, index: number): number[] {
  return (inputs.rooms[index] ??= triedKinds(inputs).map((kind) => classSizeOf(inputs.labels[index][kind], kind, inputs.spacing).width));
}

function sameRoom(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((width, i) => width === b[i]);
}

/** What a ring's placement depends on, as text: who is on it, the ring's name and text spacing, and the width class of each label tried. */
function placementKey(inputs: RingInputs): string {
  const parts = inputs.ids.map((id, i) => `${id}\u0000${roomOf(inputs, i).join(',')}`);
  return `${inputs.ringName}\u0001${inputs.spacing.letter},${inputs.spacing.word}\u0001${triedKinds(inputs).join(',')}\u0001${parts.join('\u0001')}`;
}

/** A layout with its inputs; the key is written out only when asked for. */
class RingPlacement implements KeyedRingLayout {
  private _key: string | undefined;

  constructor(
    readonly layout: RingLayout,
    readonly inputs: RingInputs,
    /** Where each person's mark is in `layout.marks`, made when first needed; kept while the placement is. */
    private _markIndex?: Map<string, number>,
  ) {}

  get key(): string {
    return (this._key ??= placementKey(this.inputs));
  }

  get markIndex(): Map<string, number> {
    return (this._markIndex ??= new Map(this.layout.marks.map((mark, index) => [mark.id, index])));
  }

  /** The same placement with new texts on the marks of `relabelled` people. */
  relabelled(inputs: RingInputs, relabelled: readonly number[]): RingPlacement {
    const marks = this.layout.marks.slice();
    let changed = false;
    for (const i of relabelled) {
      const index = this.markIndex.get(inputs.ids[i])!;
      const mark = marks[index];
      const label = inputs.labels[i][mark.kind];
      if (label === mark.label) continue;
      changed = true;
      marks[index] = { ...mark, ...sizeOf(label, mark.kind, inputs.spacing), label };
    }
    const placement = new RingPlacement(changed ? { ...this.layout, marks } : this.layout, inputs, this._markIndex);
    placement._key = this._key;
    return placement;
  }
}

function sameIdsInOrder(ids: readonly string[], people: readonly LayoutPerson[]): boolean {
  if (ids.length !== people.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== people[i].id) return false;
  return true;
}

/**
 * A ring's layout, reusing `previous` when no placement input changed: then only the texts on
 * the marks are brought up to date (a mark object stays the same when its text did), so typing
 * in a name costs a few string operations for that name, not a new layout, and nothing for
 * the other people on the ring.
 */
export function reuseOrLayoutRing(previous: KeyedRingLayout | undefined, ring: RingId, people: readonly LayoutPerson[], ringName = '', spacing = NO_SPACING): KeyedRingLayout {
  if (
    previous instanceof RingPlacement &&
    previous.inputs.ring === ring &&
    previous.inputs.ringName === ringName &&
    sameSpacing(previous.inputs.spacing, spacing) &&
    sameIdsInOrder(previous.inputs.ids, people)
  ) {
    const before = previous.inputs;
    const { inputs, relabelled } = renamedInputs(before, people);
    if (inputs === before) return previous;
    if (relabelled.every((i) => sameRoom(roomOf(inputs, i), roomOf(before, i)))) return previous.relabelled(inputs, relabelled);
    return new RingPlacement(placeRing(ring, people, ringName, inputs.labels, spacing), inputs);
  }
  const inputs = ringInputs(ring, people, ringName, spacing);
  return new RingPlacement(placeRing(ring, people, ringName, inputs.labels, spacing), inputs);
}


/** Places everyone, ring by ring. `ringNames` are the names written on the rings (their space is kept free). */
export function layoutCircle(
  people: readonly (LayoutPerson & { ring: RingId })[],
  ringNames: Partial<Record<RingId, string>> = {},
  spacing = NO_SPACING,
): Record<RingId, RingLayout> {
  return Object.fromEntries(
    ringIds.map((ring) => [ring, layoutRing(ring, people.filter((person) => person.ring === ring), ringNames[ring] ?? '', spacing)]),
  ) as Record<RingId, RingLayout>;
}

function normaliseAngle(angle: number): number {
  const turn = Math.PI * 2;
  return ((angle % turn) + turn) % turn;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
