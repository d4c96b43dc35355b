/**
 * Extra space between letters and between words, in px (which are drawing units inside an
 * SVG): what a reader's own text spacing (WCAG 1.4.12: letters 0.12 em, words 0.16 em) adds.
 */
export interface TextSpacing {
  letter: number;
  word: number;
}

export const NO_SPACING: TextSpacing = { letter: 0, word: 0 };

export function sameSpacing(a: TextSpacing, b: TextSpacing): boolean {
  return a.letter === b.letter && a.word === b.word;
}

/** How much wider `text` is drawn with `spacing` than without. */
export function spacingWidth(text: string, spacing: TextSpacing): number {
  if (!spacing.letter && !spacing.word) return 0;
  let characters = 0;
  let spaces = 0;
  for (const character of text) {
    characters++;
    if (character === ' ') spaces++;
  }
  return characters * spacing.letter + spaces * spacing.word;
}
