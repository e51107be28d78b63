/** Arrow keys move between the search box and the result links; Enter then follows the link. */

/**
 * Where focus goes on an arrow key: a result index, -1 for the search box, or undefined to leave
 * the key alone. `at` is the focused result's index, -1 for the box, undefined for elsewhere.
 */
export function arrowTarget(key: string, at: number | undefined, count: number): number | undefined {
  if ((key !== 'ArrowDown' && key !== 'ArrowUp') || count === 0 || at === undefined) return undefined;
  if (key === 'ArrowDown') return Math.min(at + 1, count - 1);
  return at === -1 ? undefined : at - 1;
}

/** Binds the arrow keys inside `root`: `links()` lists the result links in order. */
export function bindArrowKeys(root: HTMLElement, input: HTMLInputElement, links: () => HTMLAnchorElement[]): void {
  root.addEventListener('keydown', (e) => {
    const list = links();
    const active = document.activeElement;
    const at = active === input ? -1 : list.indexOf(active as HTMLAnchorElement);
    const to = arrowTarget(e.key, at === -1 && active !== input ? undefined : at, list.length);
    if (to === undefined) return;
    (to === -1 ? input : list[to]!).focus();
    e.preventDefault();
  });
}
