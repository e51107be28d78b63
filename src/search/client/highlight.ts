/**
 * On a page reached from a search result (`?hl=terms`), marks the terms in the text and brings
 * the linked passage, or else the first match, into view.
 */
export function highlightFromUrl(): void {
  const terms = (new URLSearchParams(location.search).get('hl') ?? '').split(/\s+/).filter((t) => t.length > 1);
  const root = document.querySelector('main');
  if (!root || terms.length === 0) return;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, .sr-only, .pl, .cl, mark.hit, nav') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      frag.append(text.slice(last, m.index));
      const mark = Object.assign(document.createElement('mark'), { className: 'hit', textContent: m[0] });
      first ??= mark;
      frag.append(mark);
      last = m.index + m[0].length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  (target ?? first)?.scrollIntoView({ block: 'center' });
}
