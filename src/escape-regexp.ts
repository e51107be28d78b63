/** Text → a regular expression matching it literally. Shared by build code (cleaning, brief names) and browser code (search). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
