/** A free-text field holds up to this many characters (CONTRACT: text limits). */
export const TEXT_LIMIT = 5000;
/** A name or short label holds up to this many characters. */
export const NAME_LIMIT = 200;
