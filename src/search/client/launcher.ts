/**
 * The only script on every page (keep it about 1.5 KB gzipped): opens the search dialog on "/" or
 * Ctrl/Cmd-K or a click on the Search link, mounts the /search/ page, and highlights search terms
 * on arrival. The search code and Pagefind load only then.
 */
import { buffersKey, opensSearch } from './launcher-keys';

// Keys typed while the dialog's code loads are kept and handed to its search box.
let buffer: string | undefined;
// If the dialog's code fails to load (say, a tab left open across a deploy), the /search/ page
// takes over, with what was typed.
const toSearchPage = (typed: string) => location.assign(`/search/${typed ? `?q=${encodeURIComponent(typed)}` : ''}`);

function open(): void {
  if (buffer !== undefined) return;
  buffer = '';
  const typed = () => {
    const t = buffer ?? '';
    buffer = undefined;
    return t;
  };
  void import('./dialog').then(
    (m) => m.openSearchDialog(typed()),
    () => toSearchPage(typed()),
  );
}

document.addEventListener('keydown', (e) => {
  if (buffersKey(e, buffer !== undefined)) {
    buffer += e.key;
    e.preventDefault();
  } else if (opensSearch(e)) {
    e.preventDefault();
    open();
  }
});
document.querySelector('[data-search-open]')?.addEventListener('click', (e) => {
  const m = e as MouseEvent;
  if (m.ctrlKey || m.metaKey || m.shiftKey || m.button !== 0 || location.pathname === '/search/') return;
  e.preventDefault();
  open();
});
const searchPage = document.getElementById('search-page');
if (searchPage)
  void import('./page').then(
    (m) => m.mountSearchPage(searchPage),
    () => searchPage.append('Search could not load. Reload the page to try again.'),
  );
if (new URLSearchParams(location.search).has('hl'))
  void import('./highlight').then(
    (m) => m.highlightFromUrl(),
    () => {},
  );
