/**
 * Finds the element a link attribute names (`board="ID"`, `plan="ID"`): in the same
 * document or shadow root as `from`, else in the page. Lets two exercises work together
 * on a page where the editor can add no script.
 */
export function linkedElement<T extends Element>(from: Element, id: string | null, tag: string): T | null {
  if (!id) return null;
  const root = from.getRootNode() as Document | ShadowRoot;
  const found = root.getElementById?.(id) ?? document.getElementById(id);
  return found?.localName === tag ? (found as unknown as T) : null;
}
