/**
 * A search box with filters and results, used by the /search/ page and the search dialog: holds
 * the search state, runs searches and pages through the results.
 */
import { shortenedWords } from './exact';
import { filterGroups } from './filters';
import { bindArrowKeys } from './keyboard';
import { loadPagefind, runSearch, type SearchOutcome } from './engine';
import { matchedWords, resultView, type PagefindData } from './results';
import { EMPTY_STATE, highlightTerms, searchLink, toggleFilter, type SearchState, type Sort } from './state';
import { statusText, widenLabel, type SearchStatus } from './status';
import { searchStylesReady } from './stylesheet';
import { filterGroupsDom, panelDom, resultItem, type PanelDom } from './view';

const PAGE = 8;

// The panel shows only once its styles are in (the launcher keeps keys typed meanwhile).
await searchStylesReady;

export interface PanelOptions {
  /** Prefix of the panel's ids, so a page and a dialog can both hold one. */
  idPrefix: string;
  /** Show filter controls with counts (the search page); the dialog links to the page instead. */
  withFilters: boolean;
  /** Hears every new search; `committed` for a submitted query or a filter change (not typing). */
  onChange?: (state: SearchState, committed: boolean) => void;
}

export class SearchPanel {
  private readonly dom: PanelDom;
  private state: SearchState = EMPTY_STATE;
  private outcome: SearchOutcome | undefined;
  private shown = 0;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: PanelOptions) {
    const dom = (this.dom = panelDom(options.idPrefix));
    dom.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update({ q: dom.input.value }, true);
    });
    dom.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update({ q: dom.input.value }, false), 60);
    });
    dom.sort.addEventListener('change', () => this.update({ sort: dom.sort.value as Sort }, true));
    dom.widen.addEventListener('click', () => {
      // The button goes once the search is wide; the reader carries on from the search box.
      dom.input.focus();
      this.update({ scope: 'all' }, true);
    });
    dom.more.addEventListener('click', () => void this.showMore(true).catch(() => this.say({ kind: 'failed' })));
    bindArrowKeys(dom.root, dom.input, () => [...dom.list.querySelectorAll<HTMLAnchorElement>('li > a')]);
    this.say({ kind: 'idle' });
    // Fetch Pagefind while the reader types the first word; a failure shows with the first search.
    loadPagefind().catch(() => {});
  }

  get root(): HTMLElement {
    return this.dom.root;
  }

  get input(): HTMLInputElement {
    return this.dom.input;
  }

  /** The current search as a shareable /search/ link. */
  link(): string {
    return searchLink(this.state);
  }

  /** Shows a search (from the URL, say) without reporting it as a change. */
  async restore(state: SearchState): Promise<void> {
    this.state = state;
    this.dom.input.value = state.q;
    this.dom.sort.value = state.sort;
    await this.search();
  }

  private update(change: Partial<SearchState>, committed: boolean): void {
    this.state = { ...this.state, ...change };
    this.options.onChange?.(this.state, committed);
    void this.search();
  }

  private say(status: SearchStatus): void {
    this.dom.status.textContent = statusText(status);
  }

  private async search(): Promise<void> {
    const run = ++this.run;
    const { q, filters } = this.state;
    this.outcome = undefined;
    this.dom.widen.hidden = true;
    if (!q && Object.keys(filters).length === 0) {
      this.dom.list.replaceChildren();
      this.dom.more.hidden = true;
      return this.say({ kind: 'idle' });
    }
    this.say({ kind: 'searching' });
    try {
      const outcome = await runSearch(this.state, this.options.withFilters);
      if (run !== this.run) return;
      this.outcome = outcome;
      if (this.options.withFilters)
        this.dom.filters.replaceChildren(...filterGroupsDom(filterGroups(outcome.all, outcome.counts, filters), (k, v, on) => this.toggle(k, v, on)));
      this.dom.list.replaceChildren();
      this.shown = 0;
      const data = await this.showMore(false);
      if (run !== this.run) return;
      const shortened = q ? shortenedWords(outcome.variants, data.flatMap(matchedWords)) : undefined;
      this.say({ kind: 'done', q, count: outcome.results.length, variants: outcome.variants, shortened, partial: outcome.partial });
      if (outcome.partial) {
        this.dom.widen.textContent = widenLabel(outcome.partial);
        this.dom.widen.hidden = false;
      }
    } catch (e) {
      if (run !== this.run) return;
      this.dom.list.replaceChildren();
      this.dom.more.hidden = true;
      this.say({ kind: 'failed' });
      // Kept in the console for whoever investigates; the reader has the status line.
      console.warn(e);
    }
  }

  /** Shows the next page of results and returns their data. */
  private async showMore(focusFirstNew: boolean): Promise<PagefindData[]> {
    const outcome = this.outcome;
    if (!outcome) return [];
    const run = this.run;
    const batch = outcome.results.slice(this.shown, this.shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.run) return data;
    const terms = highlightTerms(outcome.variants.join(' '));
    const items = data.map((d) => resultItem(resultView(d, terms)));
    this.dom.list.append(...items);
    this.shown += batch.length;
    this.dom.more.hidden = this.shown >= outcome.results.length;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
    return data;
  }

  private toggle(key: string, value: string, on: boolean): void {
    this.update({ filters: toggleFilter(this.state.filters, key, value, on) }, true);
  }
}
