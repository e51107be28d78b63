import { SearchPanel } from './panel';
import { stateFromParams, stateToParams } from './url-state';

/** The /search/ page: a panel whose search lives in the address bar, so it can be shared and Back works. */
export function mountSearchPage(mount: HTMLElement): void {
  const toUrl = (p: URLSearchParams) => `${location.pathname}${p.toString() ? `?${p}` : ''}`;
  const panel = new SearchPanel((state, committed) => {
    const url = toUrl(stateToParams(state));
    if (url === location.pathname + location.search) return;
    // Typing replaces the entry; a submitted query or a filter change adds one, so Back undoes it.
    if (committed) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, 'sp');
  mount.replaceChildren(panel.root);
  void panel.restore(stateFromParams(new URLSearchParams(location.search)));
  if (!location.search) panel.input.focus();
  addEventListener('popstate', () => void panel.restore(stateFromParams(new URLSearchParams(location.search))));
}
