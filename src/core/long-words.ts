import { html, type TemplateResult } from 'lit';

/** Words at least this long get places to break (a pasted link); shorter words stay whole. */
const LONG_WORD = 25;
/** How often a long word may break. */
const PIECE = 12;
const HAS_LONG_WORD = new RegExp(`\\S{${LONG_WORD}}`);

/**
 * Text with a place to break (`<wbr>`) every few characters inside very long words, for table
 * cells on paper: a table is as wide as its longest unbreakable word, so a pasted link made
 * the sheet shrink or pushed columns off the page. Ordinary words stay whole. The text stays
 * text (Lit escapes every piece).
 */
export function breakLongWords(text: string): string | (string | TemplateResult)[] {
  if (!HAS_LONG_WORD.test(text)) return text;
  const parts: (string | TemplateResult)[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (piece.length < LONG_WORD) {
      parts.push(piece);
      continue;
    }
    const characters = [...piece];
    for (let start = 0; start < characters.length; start += PIECE) {
      if (start) parts.push(html`<wbr />`);
      parts.push(characters.slice(start, start + PIECE).join(''));
    }
  }
  return parts;
}
