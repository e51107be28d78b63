import { SearchPanel } from './panel';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;

/**
 * Opens the search dialog (built on first use); focus returns to where it was on close. `typed` is
 * what the reader typed while the search code was loading.
 */
export function openSearchDialog(typed = ''): void {
  const back = document.activeElement as HTMLElement | null;
  if (!dialog) {
    panel = new SearchPanel(
      () => {
        share.href = panel!.link();
      },
      'sd',
      false,
    );
    const share = Object.assign(document.createElement('a'), { href: '/search/', className: 'small', textContent: 'Filter, or share as a link' });
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'close', textContent: 'Close' });
    close.setAttribute('aria-label', 'Close search');
    close.addEventListener('click', () => dialog!.close());
    const head = document.createElement('div');
    head.className = 'dialog-head';
    const h = Object.assign(document.createElement('h2'), { id: 'sd-title', textContent: 'Search' });
    head.append(h, share, close);
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'sd-title');
    dialog.append(head, panel.root);
    // A click on the backdrop (outside the box) closes the dialog.
    dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
    document.body.append(dialog);
  }
  dialog.addEventListener('close', () => back?.focus(), { once: true });
  dialog.showModal();
  panel!.input.focus();
  if (typed) {
    panel!.input.value = typed;
    panel!.input.dispatchEvent(new Event('input'));
  } else panel!.input.select();
}
