/** The /search/ page: a panel whose search lives in the address bar, so it can be shared and Back works. */
import { SearchPanel } from './panel';
import { stateFromParams, stateToParams } from './state';

export function mountSearchPage(mount: HTMLElement): void {
  const toUrl = (p: URLSearchParams) => `${location.pathname}${p.toString() ? `?${p}` : ''}`;
  const panel = new SearchPanel({
    idPrefix: 'search-page',
    withFilters: true,
    onChange: (state, committed) => {
      const url = toUrl(stateToParams(state));
      if (url === location.pathname + location.search) return;
      // Typing replaces the entry; a submitted query or a filter change adds one, so Back undoes it.
      if (committed) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
  });
  mount.replaceChildren(panel.root);
  const restore = () => void panel.restore(stateFromParams(new URLSearchParams(location.search)));
  restore();
  if (!location.search) panel.input.focus();
  addEventListener('popstate', restore);
}
