/**
 * The space between words where a part that comes and goes starts:
 * `${score}${gap ? html`${WORD_SPACE}<span>gap</span>` : nothing}`. The build's template
 * minifier removes a space written at the start of a template (rollup.config.js stops on one).
 */
export const WORD_SPACE = ' ';
