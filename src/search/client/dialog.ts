/** The search dialog that "/", Ctrl/Cmd-K and the Search link open on every page. */
import { SearchPanel } from './panel';
import { el } from './view';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;

function build(): { dialog: HTMLDialogElement; panel: SearchPanel } {
  const share = el('a', { href: '/search/', class: 'small' }, 'Filter, or share as a link');
  const p = new SearchPanel({ idPrefix: 'search-dialog', withFilters: false, onChange: () => (share.href = p.link()) });
  const close = el('button', { type: 'button', class: 'search-close', 'aria-label': 'Close search' }, 'Close');
  const d = el(
    'dialog',
    { class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' },
    el('div', { class: 'search-dialog-head' }, el('h2', { id: 'search-dialog-title' }, 'Search'), share, close),
    p.root,
  );
  close.addEventListener('click', () => d.close());
  // A click on the backdrop (outside the box) closes the dialog.
  d.addEventListener('click', (e) => e.target === d && d.close());
  document.body.append(d);
  return { dialog: d, panel: p };
}

/**
 * Opens the search dialog (built on first use); focus returns to where it was on close. `typed` is
 * what the reader typed while the search code was loading.
 */
export function openSearchDialog(typed = ''): void {
  const back = document.activeElement as HTMLElement | null;
  if (!dialog || !panel) ({ dialog, panel } = build());
  dialog.addEventListener('close', () => back?.focus(), { once: true });
  dialog.showModal();
  panel.input.focus();
  if (typed) {
    panel.input.value = typed;
    panel.input.dispatchEvent(new Event('input'));
  } else panel.input.select();
}
