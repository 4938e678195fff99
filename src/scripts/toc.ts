/**
 * The table of contents is one <details>: an open sidebar on wide screens, a drawer on narrow
 * ones. On a narrow screen the drawer closes when a link in it is followed, so the clause it
 * leads to is not hidden behind the open list.
 */
const toc = document.querySelector<HTMLDetailsElement>('details.toc');
if (toc) {
  const wide = matchMedia('(min-width: 64rem)');
  const sync = () => (toc.open = wide.matches);
  sync();
  wide.addEventListener('change', sync);
  toc.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) toc.open = false;
  });
}
