/**
 * Copy buttons, on pages that have them (loaded by src/components/CopyScript.astro). Buttons in the
 * HTML come `hidden`, so readers without JavaScript see none; this shows them. The buttons that only
 * JavaScript can use are made here rather than sent in the HTML, where they would weigh on every
 * long brief: a Copy button for each reference text (`[data-copy-text]`), one beside each ¶
 * paragraph link of a brief's text, and one beside the ◆ claim marker in use, each copying the link.
 */
import { copyElementText, copyLink } from './copy-core';
import stylesheet from './copy.css?url';

const SELECTOR = 'button[data-copy], button[data-copy-url]';
// Links are copied with the page's public address, not the one it happens to be read at.
const base = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

/** A small "copy" icon: two overlapping sheets. */
function icon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [k, v] of Object.entries({
    viewBox: '0 0 16 16',
    'aria-hidden': 'true',
    focusable: 'false',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.5',
  }))
    svg.setAttribute(k, v);
  for (const [x, y] of [
    [5, 5],
    [2, 2],
  ]) {
    const rect = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ x, y, width: 9, height: 9, rx: 1.5 })) rect.setAttribute(k, String(v));
    svg.append(rect);
  }
  return svg;
}

function linkButton(anchor: HTMLAnchorElement, kind: 'para' | 'claim'): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `copy-link copy-link-${kind}`;
  const href = anchor.getAttribute('href') ?? '';
  button.dataset['copyUrl'] = href;
  const claim = /\/claims\/([^/]+)\//.exec(href)?.[1];
  button.setAttribute('aria-label', kind === 'para' ? 'Copy link to this paragraph' : `Copy link to claim ${claim ?? ''}`.trim());
  button.append(icon());
  return button;
}

/** A Copy button for a reference text, at the end of its label (the `dt` before it) or else after it. */
function textButton(text: HTMLElement): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.dataset['copy'] = text.id;
  button.textContent = 'Copy';
  const label = text.previousElementSibling?.tagName === 'DT' ? text.previousElementSibling : undefined;
  if (label) {
    button.setAttribute('aria-label', `Copy ${label.textContent?.trim()}`);
    label.append(' ', button);
  } else text.after(button);
}

let styled = false;

/** Adds the buttons and shows the page's copy buttons. */
function enhance(): void {
  styled = true;
  for (const t of document.querySelectorAll<HTMLElement>('[data-copy-text][id]')) textButton(t);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('article a.para-link')) a.after(linkButton(a, 'para'));
  for (const b of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) b.hidden = false;
}

// A brief has hundreds of ◆ claim markers inside its sentences: rather than a button after each,
// which would crowd the text's links (and trip the target-size checks), one button moves to the
// marker a reader points at or tabs to, and Tab reaches it next.
let claimButton: HTMLButtonElement | undefined;
function besideClaimMarker(e: Event): void {
  const marker = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('article a.claim-link');
  if (!styled || !marker || marker.nextElementSibling === claimButton) return;
  claimButton?.remove();
  claimButton = linkButton(marker, 'claim');
  marker.after(claimButton);
}
document.addEventListener('focusin', besideClaimMarker);
document.addEventListener('mouseover', besideClaimMarker);

// The buttons appear once their styles are in (or failed to load), never unstyled in the text's flow.
// A stylesheet file, not a <style> element: the site's CSP allows only files.
const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
link.addEventListener('load', enhance, { once: true });
link.addEventListener('error', enhance, { once: true });
document.head.append(link);

document.addEventListener('click', (e) => {
  const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>(SELECTOR);
  if (!button) return;
  const { copy, copyUrl } = button.dataset;
  if (copyUrl !== undefined) void copyLink(new URL(copyUrl, base).href, button);
  else if (copy) {
    const target = document.getElementById(copy);
    if (target) void copyElementText(target);
  }
});
