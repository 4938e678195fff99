/**
 * A load made once and shared by every caller while it runs or once it has succeeded; a load that
 * fails is forgotten, so the next call tries again (a search file that did not arrive is fetched
 * again by the next search, never left failed for the page's life).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const loading = load();
      loading.catch(() => {
        if (pending === loading) pending = undefined;
      });
      pending = loading;
    }
    return pending;
  };
}
