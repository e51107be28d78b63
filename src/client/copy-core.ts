/**
 * Copying text and links to the clipboard, with a confirmation screen readers announce. Where the
 * Clipboard API is missing (old browsers, pages served over plain http) or refused, the text is
 * selected instead, or the link shown selected in a read-only field, for the reader to copy.
 */
const FALLBACK = 'Press Ctrl+C to copy';
let status: HTMLElement | undefined;
let clear: ReturnType<typeof setTimeout> | undefined;

/** Shows and announces a message in the page's one live region (made on first use). */
function announce(message: string): void {
  if (!status) {
    status = document.createElement('p');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    document.body.append(status);
  }
  const region = status;
  // Emptied first, so that the same message twice in a row is announced twice.
  region.textContent = '';
  clearTimeout(clear);
  setTimeout(() => (region.textContent = message), 50);
  clear = setTimeout(() => (region.textContent = ''), 4000);
}

async function toClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies an element's text as the reader sees it, on one line. */
export async function copyElementText(element: HTMLElement): Promise<void> {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (await toClipboard(text)) return announce('Copied');
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  announce(FALLBACK);
}

/** Copies an address; the fallback field appears right after `near` (the button pressed). */
export async function copyLink(url: string, near: HTMLElement): Promise<void> {
  if (await toClipboard(url)) return announce('Link copied');
  let field = near.nextElementSibling;
  if (!(field instanceof HTMLInputElement && field.classList.contains('copy-field'))) {
    field = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, className: 'copy-field' });
    (field as HTMLInputElement).setAttribute('aria-label', 'Link to copy');
    // Gone once the reader moves on: it only stands in for the clipboard.
    field.addEventListener('blur', () => field?.remove());
    near.after(field);
  }
  const input = field as HTMLInputElement;
  input.value = url;
  input.focus();
  input.select();
  announce(FALLBACK);
}
