/**
 * The search panel's DOM: built with `el` only, attributes written as in HTML. Text from the index
 * goes in as text; only Pagefind's escaped excerpts (which add nothing but <mark>) go in as HTML.
 */
import type { FilterGroup } from './filters';
import type { ResultView } from './results';
import { SORT_LABEL } from './state';

type Attrs = Record<string, string | boolean | undefined>;

/** An element with HTML attributes (`true` → present, `false`/undefined → absent) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined && value !== false) e.setAttribute(name, value === true ? '' : value);
  e.append(...children);
  return e;
}

export interface PanelDom {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLElement;
  status: HTMLElement;
  /** Widens a search of the newest briefs to all of them; shown only then. */
  widen: HTMLButtonElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/** The empty panel. Ids start with `idPrefix` (`search-page`, `search-dialog`): `…-q`, `…-sort`, `…-status`. */
export function panelDom(idPrefix: string): PanelDom {
  const input = el('input', {
    type: 'search',
    id: `${idPrefix}-q`,
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search briefs and claims',
    'aria-describedby': `${idPrefix}-status`,
  });
  const sort = el('select', { id: `${idPrefix}-sort`, name: 'sort' }, ...Object.entries(SORT_LABEL).map(([value, label]) => el('option', { value }, label)));
  const form = el(
    'form',
    { role: 'search', class: 'search-form' },
    el('label', { for: input.id, class: 'sr-only' }, 'Search the briefs and claims'),
    input,
    el('label', { for: sort.id, class: 'small' }, 'Order '),
    sort,
  );
  const filters = el('div', { class: 'search-filters' });
  const status = el('p', { id: `${idPrefix}-status`, class: 'search-status small', role: 'status' });
  const widen = el('button', { type: 'button', class: 'search-widen', hidden: true }, 'Search all briefs');
  const list = el('ol', { class: 'search-results' });
  const more = el('button', { type: 'button', class: 'search-more', hidden: true }, 'More results');
  const root = el('div', { class: 'search-panel' }, form, filters, status, widen, list, more);
  return { root, form, input, sort, filters, status, widen, list, more };
}

/** One result: a link with its type and title, the excerpt, and where it comes from. */
export function resultItem(r: ResultView): HTMLLIElement {
  const excerpt = el('p', { class: 'search-excerpt' });
  excerpt.innerHTML = r.excerptHtml;
  return el('li', {}, el('a', { href: r.href }, el('span', { class: 'tag' }, r.type), ' ', r.title), excerpt, el('p', { class: 'small muted' }, r.where));
}

/** The filter groups as disclosure widgets of checkboxes; `onToggle` hears each tick. */
export function filterGroupsDom(groups: FilterGroup[], onToggle: (key: string, value: string, on: boolean) => void): HTMLElement[] {
  return groups.map((g) => {
    const boxes = g.options.map((o) => {
      const box = el('input', { type: 'checkbox', name: g.key, value: o.value, checked: o.checked });
      box.addEventListener('change', () => onToggle(g.key, o.value, box.checked));
      const note = o.count === undefined ? el('span', { class: 'search-missing' }, '(not found)') : el('span', { class: 'muted' }, `(${o.count})`);
      return el('label', {}, box, ` ${o.value} `, note);
    });
    return el(
      'details',
      { open: g.chosen > 0 || g.key === 'type' },
      el('summary', {}, g.label + (g.chosen ? ` (${g.chosen})` : '')),
      el('fieldset', {}, el('legend', { class: 'sr-only' }, g.label), ...boxes),
    );
  });
}
