/**
 * Loads a part of the code that is only needed once a person acts (today: the speaking part
 * of reading aloud): in the drop-in files it is a chunk beside the file (`chunks/…`), fetched
 * on first use, so a page with one exercise loads less up front. The part loads once; a failed
 * load (offline, blocked) is not kept, so the next click tries again.
 * @param load - The dynamic `import()` of the part (a relative path, so bundlers see it).
 */
export function lazyPart<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
