/**
 * Registers a custom element once. A second copy of the library on the same page
 * (two bundles, or npm build beside the bundle) must not throw, so an existing
 * registration wins quietly.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
