import searchCss from '../styles/search.css?inline';
import { loadPagefind, runSearch, type PagefindData, type SearchOutcome } from './engine';
import { FILTER_KEYS, highlightTerms, stateToParams, withHighlight, type SearchState } from './url-state';

const PAGE = 8;

// The search styles arrive with the search code, so reading pages never download them.
if (!document.getElementById('search-css')) document.head.append(Object.assign(document.createElement('style'), { id: 'search-css', textContent: searchCss }));
const FILTER_LABEL: Record<(typeof FILTER_KEYS)[number], string> = { type: 'Result type', theme: 'Theme', brief: 'Brief', kind: 'Claim kind', year: 'Year' };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
};

/**
 * A search box with filters and results, used by the /search/ page and the search dialog.
 * `onChange` hears every new search (the page mirrors it in the address bar).
 */
export class SearchPanel {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly sort: HTMLSelectElement;
  private readonly filterBox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private state: SearchState = { q: '', filters: {}, sort: 'relevance' };
  private outcome: SearchOutcome | undefined;
  private shown = 0;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onChange: (state: SearchState, committed: boolean) => void = () => {},
    idPrefix = 'sp',
    /** Show filter controls with counts (the search page); the dialog links to the page instead. */
    private readonly withFilters = true,
  ) {
    this.input = el('input', {
      type: 'search',
      id: `${idPrefix}-q`,
      name: 'q',
      autocomplete: 'off',
      spellcheck: false,
      placeholder: 'Search briefs and claims',
    });
    this.input.setAttribute('aria-describedby', `${idPrefix}-status`);
    this.sort = el(
      'select',
      { id: `${idPrefix}-sort`, name: 'sort' },
      ...(['relevance', 'newest', 'oldest'] as const).map((v) =>
        el('option', { value: v }, v === 'relevance' ? 'Best match' : v === 'newest' ? 'Newest first' : 'Oldest first'),
      ),
    );
    this.filterBox = el('div', { className: 'filters' });
    this.status = el('p', { id: `${idPrefix}-status`, className: 'status small' });
    this.status.setAttribute('role', 'status');
    this.list = el('ol', { className: 'results' });
    this.more = el('button', { type: 'button', className: 'more', hidden: true }, 'More results');
    const form = el(
      'form',
      { role: 'search', className: 'search-form' },
      el('label', { htmlFor: this.input.id, className: 'sr-only' }, 'Search the briefs and claims'),
      this.input,
      el('label', { htmlFor: this.sort.id, className: 'small' }, 'Order '),
      this.sort,
    );
    this.root = el('div', { className: 'search-panel' }, form, this.filterBox, this.status, this.list, this.more);

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update({ q: this.input.value }, true);
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update({ q: this.input.value }, false), 60);
    });
    this.sort.addEventListener('change', () => this.update({ sort: this.sort.value as SearchState['sort'] }, true));
    this.more.addEventListener('click', () => void this.showMore(true));
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    // Fetch Pagefind while the reader types the first word.
    void loadPagefind();
  }

  /** Shows a search (from the URL, say) without reporting it as a change. */
  async restore(state: SearchState): Promise<void> {
    this.state = state;
    this.input.value = state.q;
    this.sort.value = state.sort;
    await this.search();
  }

  private update(change: Partial<SearchState>, committed: boolean): void {
    this.state = { ...this.state, ...change };
    this.onChange(this.state, committed);
    void this.search();
  }

  private async search(): Promise<void> {
    const run = ++this.run;
    const empty = !this.state.q && Object.keys(this.state.filters).length === 0;
    if (empty) {
      this.outcome = undefined;
      this.list.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = 'Type to search the briefs, every claim and the theme pages.';
      return;
    }
    this.status.textContent = 'Searching…';
    const outcome = await runSearch(this.state, this.withFilters);
    if (run !== this.run) return;
    this.outcome = outcome;
    if (this.withFilters) this.renderFilters();
    this.list.replaceChildren();
    this.shown = 0;
    await this.showMore(false);
    if (run !== this.run) return;
    const n = outcome.results.length;
    const aliases = outcome.variants.length > 1 ? ` (also searched: ${outcome.variants.slice(1).join('; ')})` : '';
    this.status.textContent =
      n === 0
        ? `No results${this.state.q ? ` for “${this.state.q}”` : ''}.${aliases}`
        : `${n} result${n === 1 ? '' : 's'}${this.state.q ? ` for “${this.state.q}”` : ''}${aliases}.`;
  }

  private async showMore(focusFirstNew: boolean): Promise<void> {
    if (!this.outcome) return;
    const run = this.run;
    const batch = this.outcome.results.slice(this.shown, this.shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.run) return;
    const terms = highlightTerms(this.outcome.variants.join(' '));
    const items = data.map((d) => this.renderResult(d, terms));
    this.list.append(...items);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.outcome.results.length;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  private renderResult(d: PagefindData, terms: string[]): HTMLLIElement {
    const sub = d.sub_results?.find((s) => s.url !== d.url && s.excerpt.includes('<mark>'));
    const url = withHighlight(sub?.url ?? d.url, terms);
    const excerpt = el('p', { className: 'excerpt' });
    // Pagefind escapes excerpts and adds only <mark>; meta and content are never inserted as HTML.
    excerpt.innerHTML = sub?.excerpt ?? d.excerpt;
    const title = sub && sub.title !== d.meta.title ? `${d.meta.title}: ${sub.title}` : (d.meta.title ?? d.url);
    const where = [d.meta.publisher, d.meta.date?.slice(0, 7), d.meta.kind].filter(Boolean).join(' · ');
    return el(
      'li',
      {},
      el('a', { href: url }, el('span', { className: 'tag' }, d.meta.type ?? 'Page'), ' ', title),
      excerpt,
      el('p', { className: 'small muted' }, where),
    );
  }

  private renderFilters(): void {
    const { all, counts } = this.outcome!;
    const groups = FILTER_KEYS.filter((k) => all[k]).map((key) => {
      const chosen = this.state.filters[key] ?? [];
      const values = Object.keys(all[key]!).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      const boxes = values.map((v) => {
        const box = el('input', { type: 'checkbox', name: key, value: v, checked: chosen.includes(v) });
        box.addEventListener('change', () => this.toggle(key, v, box.checked));
        return el('label', {}, box, ` ${v} `, el('span', { className: 'muted' }, `(${counts[key]?.[v] ?? 0})`));
      });
      const open = chosen.length > 0 || key === 'type';
      return el(
        'details',
        { open },
        el('summary', {}, FILTER_LABEL[key] + (chosen.length ? ` (${chosen.length})` : '')),
        el('fieldset', {}, el('legend', { className: 'sr-only' }, FILTER_LABEL[key]), ...boxes),
      );
    });
    this.filterBox.replaceChildren(...groups);
  }

  private toggle(key: string, value: string, on: boolean): void {
    const current = new Set(this.state.filters[key] ?? []);
    if (on) current.add(value);
    else current.delete(value);
    const filters = { ...this.state.filters, [key]: [...current] };
    if (current.size === 0) delete filters[key];
    this.update({ filters }, true);
  }

  /** Arrow keys move between the box and the results; Enter follows the focused link. */
  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('li > a')];
    if (links.length === 0) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === this.input && e.key === 'ArrowDown') links[0]!.focus();
    else if (i >= 0) (e.key === 'ArrowDown' ? links[Math.min(i + 1, links.length - 1)] : i === 0 ? this.input : links[i - 1])!.focus();
    else return;
    e.preventDefault();
  }

  /** The current search as a shareable /search/ link. */
  link(): string {
    const p = stateToParams(this.state).toString();
    return `/search/${p ? `?${p}` : ''}`;
  }
}
