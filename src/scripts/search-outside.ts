/**
 * The places outside the corpus (src/lib/search/outside-places.ts), from `/search/places.json`:
 * the page loads them to say 本站收录的政策不涉及合肥市, the search worker to keep such a place
 * required in a question. Each loads the list once, only when it needs it.
 */
import { outsidePlaces, type OutsidePlace } from '../lib/search/outside-places.ts';

/** The list, or null when it does not load (each caller says what that means for it). */
export function loadOutsidePlaces(): Promise<OutsidePlace[] | null> {
  return fetch('/search/places.json')
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : null))
    .then((names) =>
      names
        ? outsidePlaces(
            names.map((name) => ({ name })),
            [],
          )
        : null,
    )
    .catch(() => null);
}
