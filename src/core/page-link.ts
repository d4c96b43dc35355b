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

/**
 * The key of a coprod element's method that runs a host-called method (`addAction`,
 * `addCard`) as the user's own edit. From the global symbol registry, so an element from
 * another coprod file (each drop-in has its own copy of this code) finds it.
 */
export const asUserEdit = Symbol.for('coprod.as-user-edit');

/**
 * Calls a linked element's method for the user's click in another element: the change is
 * the user's edit there too, so it fires `coprod-change` (no host script saw the click).
 */
export function callAsUser<R>(target: Element, call: () => R): R {
  const run = (target as Element & { [asUserEdit]?: (call: () => R) => R })[asUserEdit];
  return typeof run === 'function' ? run.call(target, call) : call();
}
