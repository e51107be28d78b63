/** Which keys open search, and which are kept while the search code loads. Pure, so it is unit-tested. */

/** The parts of a keydown event these rules read. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** Whether the key was typed into a field (an input, a text area, a menu, editable text). */
function typedInField(target: EventTarget | null): boolean {
  const t = target as { isContentEditable?: boolean; tagName?: string } | null;
  return !!t && (!!t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName ?? ''));
}

/** "/" outside a field, or Ctrl/Cmd-K anywhere, unless another handler took the key. */
export function opensSearch(e: KeyPress): boolean {
  if (e.defaultPrevented) return false;
  if (e.key === '/') return !e.ctrlKey && !e.metaKey && !e.altKey && !typedInField(e.target);
  return e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey);
}

/** While the dialog loads, printable keys typed outside fields are kept for its search box. */
export function buffersKey(e: KeyPress, loading: boolean): boolean {
  return loading && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && !typedInField(e.target);
}
