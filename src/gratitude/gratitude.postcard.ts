import { svg, type SVGTemplateResult } from 'lit';

/** Width of `text` in user units at `fontSize` (the element measures with a canvas). */
export type MeasureText = (text: string, fontSize: number) => number;

/** What the postcard image says, already translated. */
export interface PostcardText {
  /** "Today I am grateful for…" */
  heading: string;
  message: string;
  /** "To" */
  toLabel: string;
  to: string;
  /** The date as people read it ("2 december 2026"), or empty. */
  date: string;
  /** The image's accessible name and title. */
  title: string;
}

export interface PostcardLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
}

/** A laid-out postcard: A6 landscape proportions, taller only when a long message needs it. */
export interface PostcardLayout {
  width: number;
  height: number;
  lines: PostcardLine[];
  /** The line between the message half and the address half. */
  divider: { x: number; y1: number; y2: number };
  stamp: { x: number; y: number; size: number };
  /** The ruled address lines on the right. */
  rules: { x1: number; x2: number; y: number }[];
}

export const POSTCARD_WIDTH = 900;
/** A6 is 148 × 105 mm. */
export const POSTCARD_HEIGHT = Math.round((POSTCARD_WIDTH * 105) / 148);
const MARGIN = 44;
const DIVIDER_X = 566;
const MESSAGE_WIDTH = DIVIDER_X - MARGIN * 2;
const ADDRESS_X = DIVIDER_X + 30;
const ADDRESS_WIDTH = POSTCARD_WIDTH - MARGIN - ADDRESS_X;
const LINE_HEIGHT = 1.35;

/** Breaks a word wider than `width` into pieces that fit (characters, not bytes). */
function breakWord(word: string, width: number, size: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of Array.from(word)) {
    if (piece && measure(piece + char, size) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps text into lines no wider than `width`: at spaces, at the user's own line breaks, and
 * inside a word only when the word alone is too wide. An empty paragraph stays an empty line.
 */
export function wrapText(text: string, width: number, size: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = measure(word, size) > width ? breakWord(word, width, size, measure) : [word];
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  // Trailing blank lines add nothing to a card.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Lays out the card: the heading and the message on the left, stamp, "To" and the name on
 * ruled lines and the date on the right. The message takes the largest size (28 down to 16)
 * at which it fits; a message too long even at 16 makes the card taller instead of cutting it.
 */
export function layoutPostcard(text: PostcardText, measure: MeasureText): PostcardLayout {
  const lines: PostcardLine[] = [];
  const headingSize = 26;
  const headingLines = wrapText(text.heading, MESSAGE_WIDTH, headingSize, measure);
  let y = MARGIN + headingSize;
  for (const line of headingLines) {
    lines.push({ text: line, x: MARGIN, y, size: headingSize, bold: true });
    y += headingSize * LINE_HEIGHT;
  }
  const messageTop = y + 14;
  const available = POSTCARD_HEIGHT - MARGIN - messageTop;
  let size = 28;
  let messageLines = wrapText(text.message, MESSAGE_WIDTH, size, measure);
  while (size > 16 && messageLines.length * size * LINE_HEIGHT > available) {
    size -= 2;
    messageLines = wrapText(text.message, MESSAGE_WIDTH, size, measure);
  }
  y = messageTop + size;
  for (const line of messageLines) {
    if (line) lines.push({ text: line, x: MARGIN, y, size });
    y += size * LINE_HEIGHT;
  }
  const height = Math.max(POSTCARD_HEIGHT, Math.ceil(y - size * LINE_HEIGHT + MARGIN));

  const stampSize = 104;
  const stamp = { x: POSTCARD_WIDTH - MARGIN - stampSize, y: MARGIN, size: stampSize };
  const nameSize = 26;
  let addressY = stamp.y + stampSize + 64;
  lines.push({ text: text.toLabel, x: ADDRESS_X, y: addressY, size: 20, bold: true });
  addressY += 44;
  const rules: PostcardLayout['rules'] = [];
  const nameLines = wrapText(text.to, ADDRESS_WIDTH, nameSize, measure);
  for (const line of nameLines.length ? nameLines : ['']) {
    if (line) lines.push({ text: line, x: ADDRESS_X, y: addressY, size: nameSize });
    rules.push({ x1: ADDRESS_X, x2: POSTCARD_WIDTH - MARGIN, y: addressY + 10 });
    addressY += nameSize * 1.6;
  }
  // Two more ruled lines, as on a real card.
  for (let extra = 0; extra < 2; extra++) {
    rules.push({ x1: ADDRESS_X, x2: POSTCARD_WIDTH - MARGIN, y: addressY + 10 });
    addressY += nameSize * 1.6;
  }
  if (text.date) lines.push({ text: text.date, x: ADDRESS_X, y: Math.max(addressY + 30, height - MARGIN), size: 18 });
  return { width: POSTCARD_WIDTH, height, lines, divider: { x: DIVIDER_X, y1: MARGIN, y2: height - MARGIN }, stamp, rules };
}

const num = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The postcard as one `<svg role="img">`, with colours and the font written on it (the
 * exported file has no stylesheet). User text is bound as text, never as markup.
 */
export function postcardSvg(layout: PostcardLayout, text: PostcardText, fontFamily: string): SVGTemplateResult {
  const { width, height } = layout;
  return svg`<svg class="postcard-image" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${text.title} font-family=${fontFamily}><title>${text.title}</title><rect x="1" y="1" width=${width - 2} height=${height - 2} fill="#fffdf7" stroke="#8a8f99" stroke-width="2"></rect><rect x="0" y="0" width=${width} height="12" fill="#1c5a9c"></rect><line x1=${layout.divider.x} y1=${layout.divider.y1} x2=${layout.divider.x} y2=${layout.divider.y2} stroke="#b3b7bf" stroke-width="2"></line><rect x=${layout.stamp.x} y=${layout.stamp.y} width=${layout.stamp.size} height=${layout.stamp.size} fill="none" stroke="#8a8f99" stroke-width="2" stroke-dasharray="6 5"></rect><path d=${heartPath(layout.stamp.x + layout.stamp.size / 2, layout.stamp.y + layout.stamp.size / 2, layout.stamp.size * 0.28)} fill="#c2413b"></path>${layout.rules.map(
    (rule) => svg`<line x1=${rule.x1} y1=${num(rule.y)} x2=${rule.x2} y2=${num(rule.y)} stroke="#b3b7bf" stroke-width="1.5"></line>`,
  )}${layout.lines.map(
    (line) => svg`<text x=${num(line.x)} y=${num(line.y)} font-size=${line.size} font-weight=${line.bold ? 700 : 400} fill=${line.bold ? '#1c5a9c' : '#1b1b1f'}>${line.text}</text>`,
  )}</svg>`;
}

/** A small heart for the stamp, centred on (cx, cy). */
function heartPath(cx: number, cy: number, r: number): string {
  const top = cy - r * 0.35;
  return `M${num(cx)},${num(cy + r)}C${num(cx - r * 1.6)},${num(cy)} ${num(cx - r * 0.9)},${num(top - r * 0.9)} ${num(cx)},${num(top)}C${num(cx + r * 0.9)},${num(top - r * 0.9)} ${num(cx + r * 1.6)},${num(cy)} ${num(cx)},${num(cy + r)}Z`;
}
