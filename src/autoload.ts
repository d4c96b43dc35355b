/**
 * The autoloader (`dist/bundle/autoload.js`): a page adds one small script, and each
 * `coprod-*` element it uses loads its own drop-in file (from beside this file) when the
 * tag is first seen, also when the tag is added later. A page with one exercise loads one
 * exercise.
 *
 * ```html
 * <script type="module" src="https://…/coprod/dist/bundle/autoload.js"></script>
 * <coprod-ladder></coprod-ladder>
 * ```
 */

/** What each drop-in file exports besides registering its element. */
interface ElementModule {
  setLocale?(code: string): Promise<void>;
  getLocale?(): string;
}

declare const __COPROD_AUTOLOAD_FILES__: Record<string, string>;

/** Tag → file beside this one (filled in by the build from the table of elements). */
const files: Record<string, string> = __COPROD_AUTOLOAD_FILES__;
const loading = new Map<string, Promise<void>>();
const loaded: ElementModule[] = [];
let chosenLocale: string | undefined;

/** Loads the file of one tag (once); resolves when the element is defined. Unknown tags are ignored. */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  let promise = loading.get(name);
  if (promise) return promise;
  const file = files[name];
  if (!file || customElements.get(name)) return Promise.resolve();
  promise = import(new URL(file, import.meta.url).href).then(async (module: ElementModule) => {
    loaded.push(module);
    if (chosenLocale !== undefined) await module.setLocale?.(chosenLocale);
    await customElements.whenDefined(name);
  });
  promise.catch((error: unknown) => console.error(`coprod: could not load <${name}> from ${file}`, error));
  loading.set(name, promise);
  return promise;
}

/** Loads every undefined coprod element in `root` (and `root` itself): call it for a shadow root of your own. */
export function discover(root: Element | Document | ShadowRoot | DocumentFragment): Promise<void> {
  const found = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('coprod-')) found.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('coprod-')) found.add(element.localName);
  }
  return Promise.all([...found].map(load)).then(() => undefined);
}

/**
 * Switches every loaded element (and those loaded later) to a locale. Each drop-in file has
 * its own localisation; without a call, each follows the page's `<html lang>`.
 */
export async function setLocale(code: string): Promise<void> {
  chosenLocale = code;
  await Promise.all(loaded.map((module) => module.setLocale?.(code)));
}

/** The active locale of the loaded elements (`en` before any is loaded and none chosen). */
export function getLocale(): string {
  return loaded[0]?.getLocale?.() ?? chosenLocale ?? 'en';
}

if (typeof document !== 'undefined') {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  void discover(document);
}
