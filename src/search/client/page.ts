/** The /search/ page: a panel whose search lives in the address bar, so it can be shared and Back works. */
import { SearchPanel } from './panel';
import { stateFromParams, stateToParams } from './state';
import { el } from './view';

export function mountSearchPage(mount: HTMLElement): void {
  const toUrl = (p: URLSearchParams) => `${location.pathname}${p.toString() ? `?${p}` : ''}`;
  // Copies the search as a whole (query, filters, order) as a link, shown once there is a search. The
  // page's copy script (src/client/copy.ts, loaded by search.astro) hears the click.
  const copy = el('button', { type: 'button', class: 'copy-button search-copy', hidden: true }, 'Copy link to this search');
  const showCopy = () => {
    copy.hidden = location.search === '';
    copy.dataset['copyUrl'] = new URL(panel.link(), location.href).href;
  };
  const panel = new SearchPanel({
    idPrefix: 'search-page',
    withFilters: true,
    onChange: (state, committed) => {
      const url = toUrl(stateToParams(state));
      if (url === location.pathname + location.search) return;
      // Typing replaces the entry; a submitted query or a filter change adds one, so Back undoes it.
      if (committed) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      showCopy();
    },
  });
  mount.replaceChildren(panel.root);
  panel.root.querySelector('form')?.after(copy);
  const restore = () => {
    showCopy();
    void panel.restore(stateFromParams(new URLSearchParams(location.search)));
  };
  restore();
  if (!location.search) panel.input.focus();
  addEventListener('popstate', restore);
}
