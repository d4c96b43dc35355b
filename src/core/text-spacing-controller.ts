import { css, type ReactiveElement } from 'lit';
import { watchResize } from './resize-watch.js';
import { NO_SPACING, sameSpacing, type TextSpacing } from './text-spacing.js';

/** The probe a {@link TextSpacingController} measures: `<span class="spacing-probe" aria-hidden="true">a a</span>`. */
export const spacingProbeStyles = css`
  .spacing-probe {
    position: absolute;
    visibility: hidden;
    white-space: pre;
    pointer-events: none;
  }
`;

/**
 * The reader's own letter and word spacing (a text-spacing setting or bookmarklet, WCAG 1.4.12),
 * as it reaches a drawing's text. Drawings place their labels by estimate, without measuring,
 * so they add this spacing; a hidden probe's size changes when the spacing does, and the host
 * renders again.
 */
export class TextSpacingController {
  spacing: TextSpacing = NO_SPACING;

  constructor(
    private readonly host: ReactiveElement,
    /** An element with text whose width depends on letter and word spacing, and nothing else that changes. */
    private readonly probe: () => Element | null,
  ) {
    watchResize(host, probe, () => this.measure());
  }

  /** Reads the spacing again; the host renders again when it changed. */
  measure(): void {
    const probe = this.probe();
    if (!probe) return;
    const style = getComputedStyle(probe);
    // Computed as lengths in px, which are drawing units inside the SVG ("normal" is none).
    const spacing = { letter: parseFloat(style.letterSpacing) || 0, word: parseFloat(style.wordSpacing) || 0 };
    if (sameSpacing(spacing, this.spacing)) return;
    this.spacing = spacing;
    this.host.requestUpdate();
  }
}
