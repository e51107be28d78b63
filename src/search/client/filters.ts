/** The filter groups the search page shows, from Pagefind's filter values and the chosen ones. */
import { FILTER_KEYS, FILTER_LABEL, type FilterKey } from './state';

export interface FilterOption {
  value: string;
  /** Results of this search with the value; undefined for a value the index does not have. */
  count: number | undefined;
  checked: boolean;
}
export interface FilterGroup {
  key: FilterKey;
  label: string;
  chosen: number;
  options: FilterOption[];
}

/**
 * One group per filter the index has, values sorted (years newest first). A chosen value the index
 * does not have (an old shared link, a renamed theme) is listed too, ticked, so it can be cleared.
 */
export function filterGroups(
  all: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  chosen: Record<string, string[]>,
): FilterGroup[] {
  return FILTER_KEYS.filter((k) => all[k] || chosen[k]?.length).map((key) => {
    const known = Object.keys(all[key] ?? {});
    const picked = chosen[key] ?? [];
    const values = [...new Set([...known, ...picked])].sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    return {
      key,
      label: FILTER_LABEL[key],
      chosen: picked.length,
      options: values.map((value) => ({ value, count: known.includes(value) ? (counts[key]?.[value] ?? 0) : undefined, checked: picked.includes(value) })),
    };
  });
}
