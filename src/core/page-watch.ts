/**
 * Calls `onChange` once, in a microtask, after each burst of changes under `root`: elements
 * added or removed, and (if given) these attributes changed. Elements that link to others on the
 * page (a circle's names to profile cards, a group's cards to their template) look again then.
 * @returns stops watching; a call already queued does not run
 */
export function watchPage(root: Node, onChange: () => void, attributeFilter?: string[]): () => void {
  let queued = false;
  let stopped = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!stopped) onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true, ...(attributeFilter ? { attributes: true, attributeFilter } : {}) });
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
